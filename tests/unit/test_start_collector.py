"""The app's start-up imports run with the cyclic collector paused, and the app with it on;
they do not look through every installed package for pydantic plugins."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from rapport import app, check_ahead, cli, desktop_libs


@pytest.fixture
def collector_on() -> Iterator[None]:
    """The collector on, as in a process that has just started; on again afterwards."""
    was = gc.isenabled()
    gc.enable()
    yield
    if was:
        gc.enable()
    else:
        gc.disable()


def test_the_imports_run_without_the_collector_and_what_they_made_is_frozen(
    collector_on: None,
) -> None:
    frozen = gc.get_freeze_count()
    with cli.collector_paused():
        assert not gc.isenabled()
        kept = [[n] for n in range(100)]  # a module's objects: kept to the end
    assert gc.isenabled()
    assert gc.get_freeze_count() >= frozen + len(kept)


def test_the_app_runs_with_the_collector_on(
    collector_on: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[bool] = []
    monkeypatch.setattr(desktop_libs, "check_desktop", lambda: None)
    monkeypatch.setattr(check_ahead, "start", lambda path: None)  # not the owner's journal
    monkeypatch.setattr(app, "run_app", lambda *args, **kwargs: seen.append(gc.isenabled()) or 0)
    assert cli.run([]) == 0
    assert seen == [True]


def test_the_start_does_not_look_through_the_installed_packages_for_pydantic_plugins(
    collector_on: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pydantic.plugin import _loader

    monkeypatch.setenv("PYDANTIC_DISABLE_PLUGINS", "")  # put back as it was afterwards
    monkeypatch.delenv("PYDANTIC_DISABLE_PLUGINS")
    monkeypatch.setattr(check_ahead, "start", lambda path: None)  # not the owner's journal
    monkeypatch.setattr(_loader, "_plugins", None)  # not looked for yet, as in a new process
    monkeypatch.setattr(_loader, "entry_points", lambda **kwargs: pytest.fail("looked"))
    cli.load_the_app(None)
    assert list(_loader.get_plugins()) == []
