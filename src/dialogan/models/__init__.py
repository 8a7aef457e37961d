"""The models: the GPT-2 dialogue model, the layout-grounded generator, the discriminator, and their union.

The frozen e5 message reader of the encoder comparison (``message_encoder``, ``message_prefix``) is an
experiment beside the shipped model: imported from its own modules, so loading the models never pays
for it."""
from .config import ModelConfig
from .discriminator import Discriminator
from .generator import FoldedGenerator, Generator, paint_layout
from .joint import Conditioning, DialoGAN, scale_grad
from .language import LOOKAHEAD, Decoder, build_language_model, greedy_decode
