"""One dialogue turn in one place: the prompt, the edit the language model writes, the world
carrying it out, the reply, and the picture of (scene, seed); and the checkpoint folder
(``pipeline.checkpoint``) that holds the model and its tokenizer."""
from .turn import (MAX_EDIT_TOKENS, MAX_REPLY_TOKENS, Written, build_prompt, condition_scene, draw_batch, draw_scene,
                   picture, write_turn)
