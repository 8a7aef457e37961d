"""Datasets: the shared dialogue record, the shapes world on disk, COCO captions and image folders.

Every source ends up as the same folder (``images/``, ``dialogues.jsonl``, ``captions.json``)
and the same records (``DialogueRecord`` of ``TurnRecord``s), so training reads them alike.
"""
from .coco import CocoCaptions, CocoFormatError, load_coco_captions
from .image_folder import CaptionImages, ImageError, ImageFolderCaptions, load_square_rgb
from .records import (CAPTIONS_FILE, DIALOGUES_FILE, IMAGES_DIR, DatasetWriter, DialogueRecord, Dialogues,
                      RecordError, TurnRecord, read_dialogues)
from .shapes_files import SPLITS, WrittenDataset, describe_scene, write_dialogue_dataset, write_shapes_dataset
from .normalize import in_other_language, in_users_script, is_traditional, normalize_message, to_simplified
from .fonts import cjk_font, find_cjk_font, wrap_text
from .show import DatasetStats, contact_sheet, dataset_stats
