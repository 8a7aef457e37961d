"""The one base of every configuration: a dataclass that reads and writes plain dicts, strictly.

    @dataclass
    class GeneratorConfig(Config):
        width: int = setting(64, "channels at the lowest resolution")

``from_dict`` refuses keys the class does not have (naming them and the class), fills the
ones it leaves out with their defaults, and builds nested configs from nested dicts;
``to_dict`` gives the dict back (``from_dict(c.to_dict()) == c``). ``setting`` attaches the
help text a command line shows for the field; ``add_config_flags`` makes those flags.
"""
from __future__ import annotations

import argparse
import dataclasses
import typing
from typing import Any, TypeVar

from .errors import DialoganError

C = TypeVar("C", bound="Config")


def setting(default: Any, help: str = "", **metadata: Any) -> Any:
    """A dataclass field with a default and the help text a command line shows for it."""
    return dataclasses.field(default=default, metadata={"help": help, **metadata})


def help_of(field: dataclasses.Field) -> str:
    return field.metadata.get("help", "")


class Config:
    """Base of the dataclass configs: strict ``from_dict``, nested configs, ``to_dict``."""

    @classmethod
    def field_types(cls) -> dict[str, Any]:
        """Each field's type, resolved (the module may use postponed annotations)."""
        hints = typing.get_type_hints(cls)
        return {f.name: hints[f.name] for f in dataclasses.fields(cls)}

    @classmethod
    def from_dict(cls: type[C], d: dict, where: str | None = None) -> C:
        """The config a dict describes; unknown keys are an error naming them, the class and ``where``."""
        where = where or cls.__name__
        if not isinstance(d, dict):
            raise DialoganError(f"{where}: expected an object of {cls.__name__} fields, got {type(d).__name__}")
        types = cls.field_types()
        unknown = sorted(set(d) - set(types))
        if unknown:
            raise DialoganError(f"{where}: unknown {cls.__name__} field(s) {', '.join(map(repr, unknown))}; "
                                f"known: {', '.join(types)}")
        values = {}
        for k, v in d.items():
            t = types[k]
            if isinstance(t, type) and issubclass(t, Config):
                v = t.from_dict(v, f"{where}.{k}")
            elif typing.get_origin(t) is tuple and isinstance(v, list):
                v = tuple(v)  # JSON has no tuples
            values[k] = v
        return cls(**values)

    def to_dict(self) -> dict:
        """The config as plain JSON-ready values, nested configs as nested dicts."""
        return dataclasses.asdict(self)

    def updated(self: C, overrides: dict) -> C:
        """A copy with ``overrides`` applied, ``None`` values skipped; unknown keys are an error."""
        given = {k: v for k, v in overrides.items() if v is not None}
        unknown = sorted(set(given) - {f.name for f in dataclasses.fields(self)})
        if unknown:
            raise DialoganError(f"unknown {type(self).__name__} field(s) {', '.join(map(repr, unknown))}")
        return dataclasses.replace(self, **given)


def flag_name(field_name: str) -> str:
    """The command-line flag of a config field: ``lr_lm`` -> ``--lr-lm``."""
    return "--" + field_name.replace("_", "-")


def add_config_flags(parser: argparse.ArgumentParser, cls: type[Config], skip: set[str] = frozenset()) -> list[str]:
    """One override flag per field of ``cls`` (not in ``skip``), its help from ``setting``; a bool
    field gets ``--x`` / ``--no-x``. Every flag defaults to ``None`` (not given). Returns the fields."""
    added = []
    for f in dataclasses.fields(cls):
        if f.name in skip:
            continue
        t = cls.field_types()[f.name]
        optional = [a for a in typing.get_args(t) if a is not type(None)]
        if optional and len(optional) < len(typing.get_args(t)):  # ``int | None``: the flag takes an int
            t = optional[0]
        kwargs: dict[str, Any] = {"default": None, "help": help_of(f) or None, "dest": f.name}
        if t is bool:
            kwargs["action"] = argparse.BooleanOptionalAction
        else:
            kwargs["type"] = t
            kwargs["metavar"] = f.metadata.get("metavar") or {int: "N", float: "X"}.get(t, "VALUE")
        parser.add_argument(flag_name(f.name), **kwargs)
        added.append(f.name)
    return added
