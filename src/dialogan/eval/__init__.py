"""Evaluation: the detector, metrics, the evaluator and its reports.

Public face: ``Detector`` (``Detector.load().detect(img)``), the metric functions, ``evaluate``
with the stand-in ``ReplaySystem``, ``evaluate_detector``, and ``write_report``. Training the
detector is ``dialogan.eval.detector.train_detector``.
"""
from .detector import Detector, DetectorConfig, evaluate_detector, load_image, to_input
from .evaluate import ReplaySystem, evaluate, question_kind, to_json_ready
from .metrics import (PRF, centre_errors, diversity, frechet_distance, match_objects, object_prf, reply_correct,
                      rsim, state_match)
from .report import markdown_report, storyboard, write_report
