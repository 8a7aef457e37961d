"""Evaluation: the detector, metrics, the evaluator and its reports.

Public face: ``Detector`` (``Detector.load().detect(img)``), the metric functions, ``evaluate``
with the stand-in ``ReplaySystem``, ``evaluate_detector``, and ``write_report``.
"""
from .detector import Detector, DetectorConfig, load_image, to_input
from .evaluate import ReplaySystem, evaluate, evaluate_detector, question_kind, to_json_ready
from .metrics import (PRF, centre_errors, diversity, frechet_distance, match_objects, object_prf, reply_correct,
                      rsim, state_match)
from .report import markdown_report, storyboard, write_report
