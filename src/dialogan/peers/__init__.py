"""The peers: a GeNeVA-style and a DF-GAN-style text-to-image GAN, trained and scored like dialogan.

They sit below eval, pipeline and train, and import only models, data and world. Public face:
``PeerSystem`` (a peer as a dialogue system), ``load_peer`` / ``save_peer`` / ``is_peer`` (its
checkpoint folder), ``build_peer``, ``get_peer_preset``, ``parameter_count``, the nets
(``GenevaGAN``, ``DFGAN``) with their configs, ``PeerTrainConfig`` / ``PeerPreset``, and
``encode_messages`` (messages -> the token ids their sentence encoders read).
"""
from .checkpoint import FORMAT, KINDS, build_peer, get_peer_preset, is_peer, load_peer, parameter_count, save_peer
from .config import PeerPreset, PeerTrainConfig
from .dfgan import DFGAN, DFGANConfig
from .geneva import N_CLASSES, GenevaConfig, GenevaGAN
from .sentence_encoder import SentenceEncoder, encode_messages
from .system import PeerSystem, PeerTurn
