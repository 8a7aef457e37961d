"""The config base: strict from_dict, nested configs, to_dict."""
from dataclasses import dataclass, field

import pytest

from dialogan.configs import Config, setting
from dialogan.errors import DialoganError


@dataclass
class Inner(Config):
    width: int = setting(8, "channels")
    sizes: tuple[int, ...] = (1, 2)


@dataclass
class Outer(Config):
    inner: Inner = field(default_factory=Inner)
    rate: float = 0.5


def test_a_dict_round_trips_with_nested_configs_and_json_lists():
    c = Outer.from_dict({"inner": {"width": 4, "sizes": [3, 4]}, "rate": 0.25})
    assert c == Outer(Inner(4, (3, 4)), 0.25)
    assert Outer.from_dict(c.to_dict()) == c
    assert Outer.from_dict({}) == Outer()  # left-out fields keep their defaults


def test_unknown_keys_are_an_error_naming_them_the_class_and_the_place():
    with pytest.raises(DialoganError, match=r"run.json: unknown Outer field\(s\) 'speed'"):
        Outer.from_dict({"speed": 2}, where="run.json")
    with pytest.raises(DialoganError, match=r"Outer.inner: unknown Inner field\(s\) 'depth', 'wide'"):
        Outer.from_dict({"inner": {"wide": 1, "depth": 2}})


def test_overrides_skip_none_and_refuse_unknown_fields():
    assert Inner().updated({"width": 16, "sizes": None}) == Inner(16, (1, 2))
    with pytest.raises(DialoganError, match="'depth'"):
        Inner().updated({"depth": 3})


def test_every_config_of_the_project_is_strict():
    from dialogan.eval.detector import DetectorConfig, DetectorTrainConfig
    from dialogan.models import ModelConfig
    from dialogan.peers import DFGANConfig, GenevaConfig, PeerTrainConfig
    from dialogan.train import JointTrainConfig

    for cls in (ModelConfig, JointTrainConfig, PeerTrainConfig, DetectorConfig, DetectorTrainConfig, GenevaConfig,
                DFGANConfig):
        assert cls.from_dict(cls().to_dict()) == cls()
        with pytest.raises(DialoganError, match=cls.__name__):
            cls.from_dict({"no_such_field": 1})
