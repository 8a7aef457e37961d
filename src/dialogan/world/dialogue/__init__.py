"""Dialogues over the shapes world: what the user asks, what the scene becomes, what the system says.

Each turn is planned as meaning first and only then put into words, one module per step:

- ``acts``: the acts a turn can be, and the template keys each is phrased with;
- ``splits``: the held-out share of templates and words (train/test never see it; unseen uses the
  held-out templates, unseen-words the held-out words);
- ``references``: how a user points at objects, and what a reference picks out;
- ``plans``: a turn's meaning (``Plan``) and the dialogue state it is applied to;
- ``planning``: which act, which target, what the scene becomes (``choose_plan``);
- ``constructions``: the larger turns (lists, several instructions, corrections, several objects,
  the other one, reshape, copy, comparisons), each carried out by the world's ``apply_edit``;
- ``wording``: meanings in one language's words (message slots, replies), through ``phrasing.Phrasing``;
- ``mixing``: messages in English and Chinese at once;
- ``messages``: the user's message: template, slots, typing noise, punctuation;
- ``generators``: whole dialogues (``generate_dialogues``, ``generate_add_dialogues``).
"""
from .acts import ACTS
from .generators import Dialogue, DialogueTurn, generate_add_dialogues, generate_dialogues
from .messages import TYPO_RATE
from .splits import SPLITS, held_out_words, phrasing_counts, template_ids
