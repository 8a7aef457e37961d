"""The detector: a small CNN that reads a Scene back out of a picture, the yardstick for image fidelity.

``model`` (the net and ``Detector``: load, save, detect, features), ``augmentation`` (the damage
a GAN output has), ``training`` (renders made on the fly; never into the package's shipped
assets), ``evaluation`` (scored on fresh renders). Public face: ``Detector``, ``DetectorConfig``,
``load_image``, ``to_input``, ``DEFAULT_DIR`` (the shipped detector), ``evaluate_detector``,
``train_detector`` with ``DetectorTrainConfig``.
"""
from .evaluation import evaluate_detector
from .model import DEFAULT_DIR, Detector, DetectorConfig, load_image, to_input
from .training import DetectorTrainConfig, train_detector
