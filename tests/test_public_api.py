"""The package's public API: what a program embedding the pipeline imports from `rag`."""

import subprocess
import sys

import rag


def test_every_public_name_resolves_to_the_library_object():
    from rag.answer import Answerer
    from rag.question import parse

    assert all(getattr(rag, name) is not None for name in rag.__all__)
    assert rag.Answerer is Answerer and rag.parse_question is parse
    assert rag.parse_question("Berapa pejabat dilantik pada Maret 2026?").kind == "count"


def test_importing_the_package_does_not_load_chroma_or_torch():
    code = "import sys, rag; rag.parse_question('siapa?'); print(sorted(m for m in ('chromadb', 'torch') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_an_unknown_name_is_an_attribute_error():
    try:
        rag.not_a_thing  # noqa: B018
    except AttributeError as exc:
        assert "not_a_thing" in str(exc)
    else:
        raise AssertionError("rag.not_a_thing resolved")
