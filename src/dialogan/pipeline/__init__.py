"""One dialogue turn in one place: the prompt, the edit the language model writes, the world
carrying it out, the reply, and the picture of (scene, seed); turns of several conversations decoded
together (``generate_together``, ``pictures``); and the checkpoint folder (``pipeline.checkpoint``)
that holds the model and its tokenizer."""
from .batch import GENERATOR_CHUNK, generate_together, pictures
from .turn import (MAX_EDIT_TOKENS, MAX_REPLY_TOKENS, Written, build_prompt, condition_scene, draw_batch, draw_scene,
                   picture, true_reply, write_turn)
from .doubt import DOUBT_THRESHOLD, hold_on_doubt
from .rereading import (Reading, again_reading, as_said_reading, clause_readings, meant_readings, other_readings,
                        verb_readings)
from .misreading import READING_FLOOR, misread, other_reading, said_verbs
from .unknown_words import answered_edit, held_add_answered, hold_on_unknown_word, question_again, with_a_stand_in
