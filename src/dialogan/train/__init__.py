"""Joint training: the loop, checkpoints and resume, torchrun DDP."""
from .config import PRESETS, JointTrainConfig, Preset, get_preset
from .loop import train
