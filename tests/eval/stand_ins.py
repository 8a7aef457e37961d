"""Hand-made dialogues for the evaluator's tests: what it reads of dialogan.world's Dialogue and DialogueTurn."""
from dataclasses import dataclass

from dialogan.world import Scene


@dataclass
class Turn:  # the interface of dialogan.world.DialogueTurn that the evaluator reads
    text: str
    reply: str
    scene: Scene
    act: str
    lang: str = "en"
    phrasing: str = "seen"
    command: str = ""
    edit: str = "keep"


@dataclass
class Dialogue:
    id: str
    turns: list
