"""Immutable objects: the :class:`Frozen` base and read-only storage helpers.

Groups, representations, class functions, character tables, schemes, function classes
and result records are immutable (``docs/architecture.md``). A class derives from
:class:`Frozen`, whose ``__setattr__`` and ``__delattr__`` raise
:class:`~symproof.errors.ImmutableError`; its constructor stores attributes through
:func:`set_attributes` (``object.__setattr__``). ``functools.cached_property`` keeps
working, because it writes to the instance ``__dict__`` directly. Stored arrays are made
read-only with :func:`readonly`, stored collections are tuples or
:class:`types.MappingProxyType`. Plain records are :func:`frozen_record` classes: frozen
dataclasses that raise the same :class:`~symproof.errors.ImmutableError`.

This module sits below every layer: it imports only :mod:`symproof.errors`.

>>> class Point(Frozen):
...     def __init__(self, x):
...         set_attributes(self, x=x)
>>> p = Point(1)
>>> p.x = 2
Traceback (most recent call last):
...
symproof.errors.ImmutableError: Point is immutable: cannot set attribute 'x'
"""

from __future__ import annotations

import dataclasses
import functools
import types
from collections.abc import Callable, Mapping
from typing import Any, TypeVar, dataclass_transform

import numpy as np

from symproof.errors import ImmutableError

__all__ = ["Frozen", "Memoised", "frozen_array", "frozen_mapping", "frozen_record", "readonly", "set_attributes"]

_T = TypeVar("_T")


class Frozen:
    """Base of immutable objects: setting or deleting an attribute raises :class:`ImmutableError`.

    Constructors set attributes with :func:`set_attributes`; build a changed object
    (``G.with_name(...)``) instead of changing one.
    """

    __slots__ = ()

    def __setattr__(self, name: str, value: Any) -> None:
        raise ImmutableError(f"{type(self).__name__} is immutable: cannot set attribute {name!r}")

    def __delattr__(self, name: str) -> None:
        raise ImmutableError(f"{type(self).__name__} is immutable: cannot delete attribute {name!r}")


class Memoised(Frozen):
    """A :class:`Frozen` object with a pure memo for the facts higher layers derive from it.

    The constructor stores ``_memo={}`` with :func:`set_attributes`. ``memo(key, build)``
    returns ``build(self)``, built on first use; ``build`` depends on the object alone, so the
    value never depends on what was called before.

    >>> class Box(Memoised):
    ...     def __init__(self, n):
    ...         set_attributes(self, n=n, _memo={})
    >>> Box(3).memo("square", lambda box: box.n ** 2)
    9
    """

    __slots__ = ()
    _memo: dict[str, Any]

    def memo(self, key: str, build: Callable[[Any], Any]) -> Any:
        """The fact ``build(self)`` stored under ``key``, built on first use."""
        if key not in self._memo:
            self._memo[key] = build(self)
        return self._memo[key]

    def has_memo(self, key: str) -> bool:
        """Whether the fact under ``key`` is built (to choose a cheaper route, never to change a result)."""
        return key in self._memo


def set_attributes(obj: object, **attributes: Any) -> None:
    """Store attributes on a :class:`Frozen` object (for its constructor only)."""
    for name, value in attributes.items():
        object.__setattr__(obj, name, value)


def readonly(array: Any) -> Any:
    """``array`` (a numpy array, freshly built by the caller) as a read-only array; other values pass through.

    The result is a read-only view of read-only data, so ``setflags(write=True)`` on it
    raises as well. A view whose base is writeable is copied first, so that the base
    cannot be used to change the stored data.

    >>> a = readonly(np.arange(3))
    >>> a[0] = 5
    Traceback (most recent call last):
    ...
    ValueError: assignment destination is read-only
    """
    if isinstance(array, np.ndarray):
        if array.base is not None and not _base_readonly(array):
            array = array.copy()
        array.setflags(write=False)
        if array.base is None:  # it owns its data, so its flag could be set back: hand out a view
            array = array.view()
    return array


def _base_readonly(array: Any) -> bool:
    base = array.base
    return isinstance(base, np.ndarray) and not base.flags.writeable


def frozen_mapping(mapping: Mapping[Any, Any]) -> types.MappingProxyType:
    """A read-only view of a private copy of ``mapping``."""
    return types.MappingProxyType(dict(mapping))


@dataclass_transform(frozen_default=True)
def frozen_record(cls: type[_T] | None = None, /, **options: Any) -> Any:
    """``dataclasses.dataclass(frozen=True, **options)`` raising :class:`ImmutableError` on ``setattr``.

    After ``__init__``, array fields are made read-only (:func:`readonly`) and dict fields
    read-only mappings (:func:`frozen_mapping`).

    >>> @frozen_record
    ... class Pair:
    ...     a: int
    ...     b: int
    >>> p = Pair(1, 2)
    >>> p.a = 3
    Traceback (most recent call last):
    ...
    symproof.errors.ImmutableError: Pair is immutable: cannot set attribute 'a'
    """
    def wrap(c: type[_T]) -> type[_T]:
        c = dataclasses.dataclass(frozen=True, **options)(c)
        init: Callable[..., None] = c.__init__

        @functools.wraps(init)
        def __init__(self: Any, *args: Any, **kwargs: Any) -> None:
            init(self, *args, **kwargs)
            for field in dataclasses.fields(self):
                value = getattr(self, field.name)
                if isinstance(value, np.ndarray):
                    object.__setattr__(self, field.name, readonly(value))
                elif isinstance(value, dict):
                    object.__setattr__(self, field.name, frozen_mapping(value))

        for name, method in (("__init__", __init__), ("__setattr__", Frozen.__setattr__),
                             ("__delattr__", Frozen.__delattr__)):
            setattr(c, name, method)
        return c

    return wrap if cls is None else wrap(cls)


def frozen_array(value: Any, dtype: Any = None) -> np.ndarray:
    """``value`` as a read-only numpy array that no one else can write to.

    An array that is already read-only (and whose base is) is kept; anything else is
    copied first, so a caller's array is neither aliased nor changed.
    """
    array = np.asarray(value, dtype=dtype)
    if array.flags.writeable or (array.base is not None and not _base_readonly(array)):
        array = array.copy()
    return readonly(array)
