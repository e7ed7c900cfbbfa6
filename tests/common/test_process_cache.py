"""The per-process store of cached responses keeps the most used within its size."""

from common.process_cache import ProcessResponseStore


def frozen(size):
    return {"status": 200, "content": b"x" * size, "headers": []}


def test_an_entry_is_kept_and_returned_as_stored():
    store = ProcessResponseStore(max_bytes=100)
    entry = frozen(10)
    store.set("a", entry)
    assert store.get("a") is entry
    assert store.get("b") is None


def test_the_least_recently_used_entries_go_first_when_full():
    store = ProcessResponseStore(max_bytes=100)
    store.set("a", frozen(40))
    store.set("b", frozen(40))
    store.get("a")  # a is now the most recently used
    store.set("c", frozen(40))
    assert (store.get("a") is not None, store.get("b"), store.get("c") is not None) == (
        True,
        None,
        True,
    )
    assert len(store) == 2


def test_an_entry_larger_than_the_store_is_not_kept():
    store = ProcessResponseStore(max_bytes=100)
    store.set("big", frozen(101))
    assert store.get("big") is None
    assert len(store) == 0


def test_replacing_an_entry_counts_its_size_once():
    store = ProcessResponseStore(max_bytes=100)
    store.set("a", frozen(60))
    store.set("a", frozen(60))
    store.set("b", frozen(40))
    assert (store.get("a") is not None, store.get("b") is not None) == (True, True)
