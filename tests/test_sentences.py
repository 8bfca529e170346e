from kg.sentences import MAX_SENTENCE, split_sentences


def test_sentences_have_offsets_and_paragraphs():
    text = "柳工出口东盟。鹏辉投产！\n\n新区签约三个项目"
    ss = split_sentences(text)
    assert [s.text for s in ss] == ["柳工出口东盟。", "鹏辉投产！", "新区签约三个项目"]
    assert all(text[s.start:s.end] == s.text for s in ss)
    assert [s.paragraph for s in ss] == [0, 0, 1]


def test_long_runs_are_cut():
    text = "柳" * 5000
    ss = split_sentences(text)
    assert all(len(s.text) <= MAX_SENTENCE for s in ss)
    assert "".join(s.text for s in ss) == text


def test_ellipsis_ends_a_sentence():
    ss = split_sentences("产业链不断拉长......仅2020年,招商50余次。")
    assert [s.text for s in ss] == ["产业链不断拉长......", "仅2020年,招商50余次。"]
