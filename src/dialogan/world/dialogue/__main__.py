"""``python -m dialogan.world.dialogue``: how many names of colours, shapes, sizes and places each
language has, and the share of them held out of training (the "unseen-words" split)."""
from .splits import word_counts

for (lang, kind), (n, held) in word_counts().items():
    print(f"{lang} {kind:<7} {n:4d} words, {held:3d} held out ({held / n:.0%})")
