"""A normalised view of a document for matching, with the same length as the original.

Every replacement is one code point for one code point, so an offset into the normalised text is the
same offset into the original: spans found on the view are spans of the source. Normalised:
full-width digits and signs, traditional characters that occur in these reports (reports are mirrored
in both scripts), and odd whitespace.
"""

from __future__ import annotations

_FULLWIDTH = {chr(0xFF10 + i): str(i) for i in range(10)}
_FULLWIDTH.update(
    {
        "％": "%",
        "．": ".",
        "，": "，",
        "\u3000": " ",
        "\xa0": " ",
        "\u2002": " ",
        "\u2003": " ",
        "\u2009": " ",
        "﹪": "%",
        "‰": "‰",
    }
)

# Traditional -> simplified, one character each, for the vocabulary of these reports. Not a general
# converter: the lexicon only needs its own words to match in both scripts.
_T2S_PAIRS = (
    "審审結结糾纠錯错辦办訴诉調调議议覆覆復复務务應应聽听庭庭協协會会補补證证據据達达準准規规範范"
    "數数個个總总計计處处許许責责違违詢询禮礼與与員员門门關关戶户會会區区縣县鄉乡鎮镇街街網网線线"
    "統统報报導导發发開开聯联動动實实際际為为這这樣样於于來来後后將将對对從从們们點点項项條条萬万億亿"
    "兩两餘余幾几錢钱額额費费價价稅税資资產产權权機机構构設设讓让認认識识講讲說说話话讀读書书記记紀纪"
    "億亿專专業业職职稱称檢检查查驗验險险環环節节質质量量選选舉举轉转結结辭辞維维護护撥拨撤撤銷销變变"
    "確确認认終终止止請请託托決决達达標标評评價价諮咨詢询熱热線线滿满意意覆覆蓋盖廳厅局局當当選选歸归"
    "執执罰罚沒没徵征強强製制織织爭争糾纠紛纷矛矛盾盾農农村村組组社社區区鄰邻訪访信信積积案案還还"
    "獲获貫贯徹彻習习準准則则級级層层費费問问題题雙双衛卫場场優优勢势續续績绩體体係系統统籌筹劃划"
    "預预備备覺觉參参現现傳传單单圍围級级線线風风險险園园號号頒颁佈布屆届試试導导顧顾師师務务"
)


def _build_t2s() -> dict[str, str]:
    s = _T2S_PAIRS
    out: dict[str, str] = {}
    for i in range(0, len(s) - 1, 2):
        t, simp = s[i], s[i + 1]
        if t != simp:
            out[t] = simp
    return out


_TABLE = str.maketrans({**_FULLWIDTH, **_build_t2s()})


def normalize(text: str) -> str:
    """Return the matching view of `text` (same length, same offsets)."""
    out = text.translate(_TABLE)
    assert len(out) == len(text)
    return out
