"""The shapes world: scenes, their text form, the renderer and the dialogue generator."""
from .render import STYLE_DIMS, SUPPORTED_SIZES, picture_noise, render_array, render_scene
from .sample import random_object, random_scene
from .scene import (COLORS, EMPTY_TEXT, MARGIN, MAX_OBJECTS, RADIUS, REGIONS, RELATIONS, SHAPES, SIZES,
                    Scene, SceneError, SceneObject, is_above, is_below, is_left_of, is_right_of,
                    region_centre, region_of)
from .dialogue import (ACTS, SPLITS, TYPO_RATE, Dialogue, DialogueTurn, generate_add_dialogues, generate_dialogues,
                       held_out_words, phrasing_counts, template_ids)
from .phrasing_en import REPLIES as REPLIES_EN
from .phrasing_zh import REPLIES as REPLIES_ZH
from .phrasing_zh import COLOR_WORDS as COLOR_WORDS_ZH, SHAPE_WORDS as SHAPE_WORDS_ZH
from .edits import (EditError, EditResult, Op, apply_edit, focus_fits, format_edit, parse_edit, step_of,
                    with_places_marked)
from . import facts  # the world's facts about a scene and its wording of them: facts.say_count(scene, fields, lang)
from .reply_check import FalseFact, false_facts, read_reply, read_whole, reply_language
from .asking import (add_of_no_number, ask_how_many, expected_verbs, how_many_asked, how_many_of, is_answer,
                     is_question, is_yes, number_answered, off_form, propose, question_kind, says_an_action,
                     says_command)
from .true_reply import mend_broken, reads_as_out_of_world, refusal_of, world_reply
from .unknown_words import (UnknownWord, answer_edit, known_words_en, named_values, unknown_word_reply, unknown_words,
                            unplaced_word, word_language)
from .said import (changes_said, clauses_of, colors_named, names_any, names_no_number, out_of_world_words, says_a_place,
                   says_an_add, says_another_of_it, says_removal, says_size, size_change_said, stated_counts)
from .dictionary import in_trained_names, use_dictionary
from .grounding import (add_as_said, add_by_it_as_said, add_of_one_there, adds_as_said, adds_in_order, adds_listed,
                        adds_meant, adds_of_the_kind_said, adds_said_in_turn, all_of_them, ask_as_said,
                        asked_at_the_place, at_the_side_said, beside_the_one_named, changes_listed, check_as_said,
                        compare_as_said, comparison_of_all, copy_as_said, correction_of_object, count_asked,
                        count_said_instead, each_add_as_said, every_one_as_said, instructions_of, it_as_said,
                        it_removed, list_as_said, move_as_said, moved_from_where_it_goes, object_as_it_is,
                        one_at_the_place_said, one_like_it, one_of_them, pick_as_said, place_of_the_object,
                        places_as_said, put_there_as_said, recolor_of_it_as_said, removal_as_said, removal_but,
                        reshape_as_said, reshape_said_alone, resize_as_said, said_instead, said_of_adds, said_step,
                        says_again, second_change_said, the_last_change_to, them_corrected, them_for_the_other, too_said, ungrounded,
                        unlike_it, value_said_instead)
