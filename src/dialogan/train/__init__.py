"""Joint training: the loop, checkpoints and resume, torchrun DDP."""
from .loop import train
