"""The models: the GPT-2 dialogue model, the layout-grounded generator, the discriminator, and their union."""
from .checkpoint import load_checkpoint, load_for_finetune, load_training_state, read_config, save_checkpoint
from .config import PRESETS, ModelConfig, Preset, TrainConfig, get_preset
from .discriminator import Discriminator
from .generator import FoldedGenerator, Generator, paint_layout
from .joint import Conditioning, DialoGAN, scale_grad
from .language import LOOKAHEAD, Decoder, build_language_model, greedy_decode
