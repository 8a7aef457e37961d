"""Dialogues over the shapes world (moving into one module per job)."""
from .planning import (ACTS, TYPO_RATE, Dialogue, DialogueTurn, generate_add_dialogues, generate_dialogues,
                       held_out_words, phrasing_counts, template_ids)
