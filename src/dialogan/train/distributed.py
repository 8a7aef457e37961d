"""torchrun-style process groups: read RANK/LOCAL_RANK/WORLD_SIZE, gloo on CPU, nccl on GPU."""
from __future__ import annotations

import os
from dataclasses import dataclass

import torch
import torch.distributed as dist


@dataclass(frozen=True)
class DistInfo:
    rank: int = 0
    local_rank: int = 0
    world_size: int = 1
    device: str = "cpu"

    @property
    def is_main(self) -> bool:
        return self.rank == 0

    @property
    def enabled(self) -> bool:
        return self.world_size > 1


def setup(device: str | None = None) -> DistInfo:
    """Join the process group when launched by torchrun; a plain process gets rank 0 of 1."""
    world = int(os.environ.get("WORLD_SIZE", "1"))
    rank, local = int(os.environ.get("RANK", "0")), int(os.environ.get("LOCAL_RANK", "0"))
    if device is None:
        device = f"cuda:{local}" if torch.cuda.is_available() else "cpu"
    if world > 1 and not dist.is_initialized():
        dist.init_process_group(backend="nccl" if device.startswith("cuda") else "gloo")
    if device.startswith("cuda"):
        torch.cuda.set_device(device)
    return DistInfo(rank, local, world, device)


def average_gradients(module: torch.nn.Module, info: DistInfo) -> None:
    """All-reduce and average gradients by hand (for modules that need double backward)."""
    if not info.enabled:
        return
    for p in module.parameters():
        if p.grad is not None:
            dist.all_reduce(p.grad)
            p.grad /= info.world_size


def agreed_seconds(seconds: float, info: DistInfo) -> float:
    """The longest of the ranks' clocks, so every rank takes the same time-based decision."""
    if not info.enabled:
        return seconds
    t = torch.tensor([seconds], dtype=torch.float64, device=info.device)
    dist.all_reduce(t, op=dist.ReduceOp.MAX)
    return float(t.item())


def teardown(info: DistInfo) -> None:
    """Leave the process group together: a rank that tore gloo down while another was still saving
    could hang in the teardown for good."""
    if info.enabled and dist.is_initialized():
        dist.barrier()
        dist.destroy_process_group()
