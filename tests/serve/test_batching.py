"""Turns of many conversations run as one batch on the model's worker thread: the same edits and
replies as one at a time, and work that is not a turn (storyboards) never holds turns back."""
import io
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace

import numpy as np
import pytest
from fastapi.testclient import TestClient
from PIL import Image

from dialogan.chat import SHIPPED_MODEL
from dialogan.pipeline.checkpoint import load_checkpoint
from dialogan.pipeline import picture, write_turn
from dialogan.pipeline.turn import bf16_pictures
from dialogan.serve import ChatService, create_app
from dialogan.serve.batcher import (BACKGROUND, MAX_WINDOW_S, TURN, WINDOW_S, QueuedDecoder, TurnBatcher,
                                   gather_window)
from dialogan.serve.service import STORYBOARD_TURNS
from dialogan.serve.store import ConversationStore
from dialogan.world import generate_dialogues

# Float rounding, no more: a batch and a lone picture may round differently, by one 255th in float32 and by
# a few in bfloat16, whose 8-bit mantissa the generator computes in on CPUs that have it.
ROUNDING = 3 if bf16_pictures() else 1


@pytest.fixture(scope="module")
def shipped():
    return load_checkpoint(SHIPPED_MODEL)


def varied_turns(tok, n=30):
    """(prompt, scene before) of held-out dialogues: adds, edits, questions, undo, English and Chinese."""
    out = []
    for d in generate_dialogues(12, seed=5, split="test"):
        prev, history = None, []
        for t in d.turns:
            out.append((tok.encode_prompt(prev.text() if prev else "empty", history[-2:], t.text), prev))
            prev = t.scene
            history.append((t.text, t.reply))
    return out[:n]


def test_thirty_turns_at_once_write_the_edits_and_replies_of_thirty_turns_alone(shipped):
    model, tok, _ = shipped
    turns = varied_turns(tok)
    alone = [write_turn(model, tok, p, scene) for p, scene in turns]
    batcher = TurnBatcher(model, tok, window_s=0.05, max_batch=32)
    start = threading.Barrier(len(turns))

    def batched(turn):
        prompt, scene = turn
        start.wait()  # all thirty arrive together
        return write_turn(model, tok, prompt, scene, new_decoder=lambda lm, ids: QueuedDecoder(lm, ids, batcher))

    with ThreadPoolExecutor(len(turns)) as pool:
        together = list(pool.map(batched, turns))
    snapshot = batcher.times.snapshot()["counts"]
    batcher.close()
    same = lambda w: replace(w, confidence=round(w.confidence, 4))  # a probability, equal up to float rounding
    assert [same(w) for w in together] == [same(w) for w in alone]  # edit, scene, result, reply, focus: all equal
    assert len({w.text for w in alone}) > 20 and sum(w.scene is not None for w in alone) > 15  # varied turns
    assert snapshot["lm_rows"] / snapshot["lm_batches"] > 4  # and they did run in batches


def test_pictures_drawn_in_a_batch_equal_pictures_drawn_alone(shipped):
    model, tok, _ = shipped
    scenes = [t.scene for d in generate_dialogues(4, seed=9, split="test") for t in d.turns][:12]
    batcher = TurnBatcher(model, tok, window_s=0.05)
    drawn = batcher.draw_many([(s, 7 + k) for k, s in enumerate(scenes)], TURN)
    batcher.close()
    for k, (scene, image) in enumerate(zip(scenes, drawn)):
        alone = np.asarray(picture(model, tok, scene, 7 + k), dtype=int)
        assert np.abs(np.asarray(image, dtype=int) - alone).max() <= ROUNDING


def test_a_turn_goes_ahead_of_queued_background_pictures(shipped):
    model, tok, _ = shipped
    scene = generate_dialogues(1, seed=3, split="test")[0].turns[-1].scene
    batcher = TurnBatcher(model, tok)
    done: list[str] = []
    background = threading.Thread(target=lambda: (batcher.draw_many([(scene, s) for s in range(64)], BACKGROUND),
                                                  done.append("storyboard")))
    background.start()
    time.sleep(0.05)  # the storyboard's 64 pictures are queued and drawing
    batcher.draw(scene, 1000, TURN)
    done.append("turn")
    background.join()
    batcher.close()
    assert done == ["turn", "storyboard"]


def test_a_failing_row_fails_alone(shipped):
    model, tok, _ = shipped
    batcher = TurnBatcher(model, tok, window_s=0.05)
    good, _ = varied_turns(tok, 1)[0]
    with ThreadPoolExecutor(2) as pool:
        ok = pool.submit(batcher.generate, QueuedDecoder(model.lm, good, batcher), {tok.end_id}, 20)
        bad = pool.submit(batcher.generate, QueuedDecoder(model.lm, [], batcher), {tok.end_id}, 20)
        with pytest.raises(ValueError, match="at least one token"):
            bad.result()
        assert len(ok.result()) >= 1
    batcher.close()


def test_a_storyboard_shows_the_last_48_turns_and_says_so(tiny_checkpoint, tmp_path):
    service = ChatService.load(tiny_checkpoint, tmp_path / "c.db")
    chat = service.new_chat()
    chat.needs_no_picture = lambda scene, seed: True  # the pictures are the storyboard's to draw
    for _ in range(60):
        chat.variation()
    cid = service.store.create(chat.state())
    answer = TestClient(create_app(service)).get(f"/api/conversations/{cid}/storyboard.png")
    assert answer.status_code == 200 and answer.headers["x-storyboard-turns"] == f"{STORYBOARD_TURNS} of 60"
    short = service.store.create({**chat.state(), "history": chat.state()["history"][:3]})
    board, shown, total = service.storyboard_png(short)
    assert (shown, total) == (3, 3)
    assert Image.open(io.BytesIO(answer.content)).height > Image.open(io.BytesIO(board)).height


def test_the_gathering_window_grows_with_the_turns_in_flight():
    assert gather_window(0) == gather_window(1) == 0.0  # a turn alone waits for nobody
    assert gather_window(2) == WINDOW_S
    assert gather_window(3) == 2 * WINDOW_S
    assert gather_window(16) == gather_window(100) == MAX_WINDOW_S  # never longer than that
    assert gather_window(5, window_s=0.001, longest=1.0) == pytest.approx(0.004)


def test_a_picture_is_drawn_while_words_are_decoded(shipped):
    model, tok, _ = shipped
    batcher = TurnBatcher(model, tok, window_s=0.05, max_batch=32)
    prompts = [p for p, _ in varied_turns(tok)]
    scene = generate_dialogues(1, seed=3, split="test")[0].turns[-1].scene
    finished: list[str] = []

    def decode_thirty_replies():
        with ThreadPoolExecutor(30) as pool:
            list(pool.map(lambda p: batcher.generate(QueuedDecoder(model.lm, p, batcher), {tok.end_id}, 96), prompts))
        finished.append("words")

    words = threading.Thread(target=decode_thirty_replies)
    words.start()
    time.sleep(0.1)  # the thirty decodes are queued or under way on the language model's worker
    batcher.draw(scene, 1, TURN)
    finished.append("picture")
    words.join()
    batcher.close()
    assert finished == ["picture", "words"]  # the picture did not wait for the decodes to end


def test_a_turn_in_one_conversation_holds_back_that_conversation_only(shipped):
    model, tok, _ = shipped
    service = ChatService(model, tok, ConversationStore(":memory:"))
    ids = [f"conversation-{k:04d}-abcdefghijklmn" for k in range(300)]
    held, release = threading.Event(), threading.Event()
    passed, same = [], []

    def turn_in_progress():
        with service._conversation_lock(ids[0]):
            held.set()
            release.wait(30)

    def act_on(cids, done):
        for cid in cids:
            with service._conversation_lock(cid):
                done.append(cid)

    first = threading.Thread(target=turn_in_progress)
    first.start()
    held.wait(10)
    # With 64 shared locks, about 5 of these 299 conversations would wait for the first one's turn.
    others = threading.Thread(target=act_on, args=(ids[1:], passed))
    again = threading.Thread(target=act_on, args=(ids[:1], same))
    others.start()
    again.start()
    others.join(10)
    again.join(0.2)
    assert passed == ids[1:] and same == []  # the others went on; the same conversation waits its turn
    release.set()
    first.join(10)
    again.join(10)
    assert same == ids[:1] and service._locks == {}  # and no lock outlives its requests


def test_another_reading_is_written_on_the_batcher_as_alone(shipped):
    # Other readings (``pipeline.other_readings``) give the edit's first tokens; one ends the edit early.
    from dialogan.pipeline import other_readings
    from dialogan.world import Scene

    model, tok, _ = shipped
    prompt = tok.encode_prompt("empty", [], "还要一个巧克力色小号六角形！")
    readings = other_readings(model, tok, prompt)
    assert any(r.start[-1] == tok.result_id for r in readings)
    batcher = TurnBatcher(model, tok, window_s=0.01)
    try:
        for r in readings:
            alone = write_turn(model, tok, prompt, Scene(()), edit_start=r.start)
            queued = write_turn(model, tok, prompt, Scene(()), edit_start=r.start,
                                new_decoder=lambda lm, ids: QueuedDecoder(lm, ids, batcher))
            assert alone.text == r.text and replace(queued, confidence=round(queued.confidence, 4)) == replace(
                alone, confidence=round(alone.confidence, 4))
    finally:
        batcher.close()


def test_a_turn_that_leaves_a_picture_the_server_holds_draws_nothing(shipped):
    from dialogan.world import Scene

    model, tok, _ = shipped
    service = ChatService(model, tok, ConversationStore(":memory:"))
    drawn = []
    draw = service.batcher.draw
    service.batcher.draw = lambda scene, seed, priority: drawn.append(scene.text()) or draw(scene, seed, priority)
    try:
        cid = service.create()
        first = service.act(cid, "send", "draw a red circle")
        assert len(drawn) == 1
        asked = service.act(cid, "send", "how many shapes are there?")
        assert (asked.scene, asked.seed) == (first.scene, first.seed) and len(drawn) == 1  # held: not drawn again
        service.act(cid, "send", "add a blue square on the right")
        undone = service.act(cid, "undo")
        assert (undone.scene, undone.seed) == (first.scene, first.seed) and len(drawn) == 2
        service._pngs.clear()  # a server that no longer holds it draws it
        service.act(cid, "send", "what colour is the circle?")
        assert len(drawn) == 3 and service.current_png(cid) == service.png(Scene.parse(first.scene), first.seed)
    finally:
        service.batcher.close()


def test_the_warm_up_saves_nothing_and_builds_the_misspelling_table(tiny_checkpoint, tmp_path):
    service = ChatService.load(tiny_checkpoint, tmp_path / "c.db")
    service.warm_up()
    assert service.store.count() == 0
    assert sys.modules["dialogan.world.unknown_words"].one_slip_en.cache_info().currsize == 1
