"""Benchmarks measured in one run on this machine: dialogan against its peers, and its speed.

``dialogan bench peers`` trains dialogan, a GeNeVA-GAN and a DF-GAN-style peer for the same
wall-clock budget on the same data and scores them with the same evaluator; ``dialogan bench
speed`` splits a turn's latency and sets the generator's arithmetic rate against this machine's
own matmul rate; ``dialogan bench render`` times the shapes-world renderer on one core, and
``dialogan bench serve-load`` many conversations at once against ``dialogan serve``. Like the
CLI, this package sits on top and may import every other.
"""
from .table import figures, format_ratio, peer_table
