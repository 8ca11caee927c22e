/**
 * The public evaluation of the attack detector (docs/detection.md): per class, the share of public
 * payloads detected; per kind of benign value, the share flagged as anything; µs per request.
 *
 *   npm run eval:detection                         # the tuning half (what the signatures were tuned on)
 *   npm run eval:detection -- --part held-out      # the held-out half: figures only, never its misses
 *   npm run eval:detection -- --part fresh         # the fresh part (later sources): measured once, now spent and tuned on
 *   npm run eval:detection -- --part fresh2        # the second fresh part (sources none of the others uses): measured once, now spent and tuned on
 *   npm run eval:detection -- --misses sqli        # the tuning half's misses of a class
 *   npm run eval:detection -- --part fresh3        # the third fresh part (sources none of the others uses): measured once, now spent and tuned on
 *   npm run eval:detection -- --flagged code       # the tuning half's false positives of a kind
 *   npm run eval:detection -- --part fresh --misses ssti   # the fresh part's too (spent as a held-out set on 2026-12-02)
 *   npm run eval:detection -- --part fresh2 --flagged Markdown   # and the second fresh part's (spent on 2026-12-02 too)
 *   npm run eval:detection -- --part fresh3 --flagged code       # and the third fresh part's (spent on 2026-12-02 too)
 *   npm run eval:detection -- --part fresh4        # the fourth fresh part (sources none of the others uses): measured once after the sixth round, now spent
 *   npm run eval:detection -- --part fresh5        # the fifth fresh part (sources none of the others uses): measured once after the seventh round, now spent
 *   npm run eval:detection -- --part fresh6        # the sixth fresh part (sources none of the others uses): measured once after the ninth round, now spent
 *   npm run eval:detection -- --part fresh7        # the seventh fresh part (sources none of the others uses): measured once after the eleventh round, now spent
 *   npm run eval:detection -- --part fresh8        # the eighth fresh part (sources none of the others uses): measured once after the twelfth round, now spent
 *   npm run eval:detection -- --part fresh9        # the ninth fresh part (sources none of the others uses): measured once after the fourteenth round, now spent
 *   npm run eval:detection -- --part fresh10       # the tenth fresh part (sources none of the others uses): measured once after the seventeenth round, now spent
 *   npm run eval:detection -- --part fresh11       # the eleventh fresh part (sources none of the others uses): measured once after the twentieth round, now spent
 *   npm run eval:detection -- --part fresh12       # the twelfth fresh part (sources none of the others uses): measured once after the twenty-third round, now spent
 *   npm run eval:detection -- --part fresh13       # the thirteenth fresh part (sources none of the others uses): measured once after the twenty-fifth round, now spent
 *   npm run eval:detection -- --part fresh14       # the fourteenth fresh part (sources none of the others uses): measured once at ed7b451, now spent
 *   npm run eval:detection -- --part fresh15       # the fifteenth fresh part (sources none of the others uses): measured once at 5832b89, now spent
 *   npm run eval:detection -- --part fresh16       # the sixteenth fresh part (sources none of the others uses): measured once at 94130a1, now spent
 *   npm run eval:detection -- --part fresh17       # the seventeenth fresh part (sources none of the others uses): measured once at 90e1261, now spent
 *   npm run eval:detection -- --part fresh18       # the eighteenth fresh part (public API descriptions' examples, sources none of the others uses): measured once at 27a7c43, now spent
 *   npm run eval:detection -- --part fresh19       # the nineteenth fresh part (JSON documents of many shapes, code in new languages, sources none of the others uses): measured once at d2d7d1b, now spent
 *   npm run eval:detection -- --part fresh20       # the twentieth fresh part (application repositories' JSON documents, code in mainstream languages, API descriptions' examples, sources none of the others uses): measured once at 63bcd65, now spent
 *   npm run eval:detection -- --part fresh21       # the twenty-first fresh part (other application repositories' JSON documents, code in mainstream languages, API descriptions' examples, sources none of the others uses): measured once at 8e77cd6, now spent
 *   npm run eval:detection -- --part fresh22       # the twenty-second fresh part (JSON documents from 50 sources, a low cap each, with a little code and Markdown, sources none of the others uses): measured once at e74a477, now spent
 *   npm run eval:detection -- --part fresh23       # the twenty-third fresh part (JSON documents, code and Markdown from 52 sources, a low cap each, sources none of the others uses): measured once at bf9b635, now spent
 *   npm run eval:detection -- --part fresh24       # the twenty-fourth fresh part (JSON documents, code and Markdown from 46 sources, a low cap each, sources none of the others uses): measured once at e27de4a, now spent
 *   npm run eval:detection -- --part fresh25       # the twenty-fifth fresh part (JSON documents, code and Markdown from 47 sources, a low cap each, sources none of the others uses): measured once at 35ced29, now spent
 *   npm run eval:detection -- --part fresh26       # the twenty-sixth fresh part (JSON documents, code and Markdown from 46 sources, a low cap each, sources none of the others uses): measured once at 3d3179e, now spent
 *   npm run eval:detection -- --part fresh27       # the twenty-seventh fresh part (JSON documents, code and Markdown from 48 sources, a low cap each, sources none of the others uses): measured once at 7923778, now spent
 *   npm run eval:detection -- --part fresh28       # the twenty-eighth fresh part (JSON documents, code and Markdown from 47 sources, a low cap each, sources none of the others uses): measured once at bebdcfe, now spent
 *   npm run eval:detection -- --part fresh29       # the twenty-ninth fresh part (JSON documents, code and Markdown from 47 sources, a low cap each, sources none of the others uses): measured once at dee7226, now spent
 *   npm run eval:detection -- --part fresh30       # the thirtieth fresh part (JSON documents, code and Markdown from 45 sources, a low cap each, sources none of the others uses): measured once at d11e9dd, now spent
 *   npm run eval:detection -- --part fresh31       # the thirty-first fresh part (JSON documents, code and Markdown from 45 sources, a low cap each, sources none of the others uses): measured once at 8a4c2ac, now spent
 *   npm run eval:detection -- --part fresh32       # the thirty-second fresh part (JSON documents, code and Markdown from 45 sources, a low cap each, sources none of the others uses): measured once at 6af0a45, now spent
 *   npm run eval:detection -- --part fresh33       # the thirty-third fresh part (JSON documents, code and Markdown from 44 sources, a low cap each, sources none of the others uses): measured once at 6a612d6, now spent
 *   npm run eval:detection -- --part fresh34       # the thirty-fourth fresh part (JSON documents, code and Markdown from 38 sources, a low cap each, sources none of the others uses): measured once at 7621917, now spent
 *   npm run eval:detection -- --part fresh35       # the thirty-fifth fresh part (JSON documents, code and Markdown from 39 sources, a low cap each, sources none of the others uses): measured once at e8c1f37, now spent
 *   npm run eval:detection -- --part fresh36       # the thirty-sixth fresh part (JSON documents, code and Markdown from 35 sources, a low cap each, sources none of the others uses): measured once at 3447501, now spent
 *   npm run eval:detection -- --part fresh37       # the thirty-seventh fresh part (JSON documents, code and Markdown from 34 sources, a low cap each, sources none of the others uses): measured once at 32c93c7, now spent
 *   npm run eval:detection -- --part fresh38       # the thirty-eighth fresh part (JSON documents, code and Markdown from 27 sources, a low cap each, sources none of the others uses): measured once at 6477d71, now spent
 *   npm run eval:detection -- --part fresh39       # the thirty-ninth fresh part (JSON documents, code and Markdown from 28 sources, a low cap each, sources none of the others uses): measured once at 494fde7, now spent
 *   npm run eval:detection -- --part fresh40       # the fortieth fresh part (attack payloads from 23 sources, capped per source and file, sources none of the others uses): measured once at 1d93ec0, now spent
 *   npm run eval:detection -- --part fresh41       # the forty-first fresh part (JSON documents, code and Markdown from 29 sources, a low cap each, sources none of the others uses): measured once at 34beddf, now spent
 *   npm run eval:detection -- --part fresh42       # the forty-second fresh part (attack payloads from 8 sources, capped per source and file, sources none of the others uses): measured once at 34beddf, now spent
 *   npm run eval:detection -- --part fresh43       # the forty-third fresh part (JSON documents, code and Markdown from 30 sources, a low cap each, sources none of the others uses): measured once at e399095, now spent
 *   npm run eval:detection -- --part fresh44       # the forty-fourth fresh part (JSON documents, code and Markdown from 30 sources, a low cap each, sources none of the others uses): measured once at 08f7d6c, now spent
 *   npm run eval:detection -- --part fresh45       # the forty-fifth fresh part (JSON documents, code and Markdown from 30 sources, a low cap each, sources none of the others uses): measured once at a95bf5f, now spent
 *   npm run eval:detection -- --part fresh46       # the forty-sixth fresh part (JSON documents, code and Markdown from 30 sources, a low cap each, sources none of the others uses): measured once at a95bf5f, now spent
 *   npm run eval:detection -- --part fresh47       # the forty-seventh fresh part (JSON documents, code and Markdown from 30 sources, a low cap each, sources none of the others uses): measured once at ba0f04c, now spent
 *   npm run eval:detection -- --part fresh48       # the forty-eighth fresh part (JSON documents, code and Markdown from 30 sources, a low cap each, sources none of the others uses): measured once at ba0f04c, now spent
 *   npm run eval:detection -- --part fresh49       # the forty-ninth fresh part (JSON documents, code and Markdown from 29 sources, a low cap each, sources none of the others uses): measured once at 8eba866, now spent
 *   npm run eval:detection -- --part fresh50       # the fiftieth fresh part (JSON documents, code and Markdown from 30 sources, a low cap each, sources none of the others uses): measured once at 8eba866, now spent
 *   npm run eval:detection -- --part fresh51       # the fifty-first fresh part (JSON documents, code and Markdown from 29 sources, a low cap each, sources none of the others uses): measured once at b8a269a, now spent
 *   npm run eval:detection -- --part fresh52       # the fifty-second fresh part (JSON documents, code and Markdown from 27 sources, a low cap each, sources none of the others uses): measured once at b8a269a, now spent
 *   npm run eval:detection -- --part fresh53       # the fifty-third fresh part (JSON documents, code and Markdown from 29 sources, a low cap each, sources none of the others uses): measured once at cc6f785, now spent
 *   npm run eval:detection -- --part fresh54       # the fifty-fourth fresh part (JSON documents, code and Markdown from 27 sources, a low cap each, sources none of the others uses): measured once at b231de4, now spent
 *   npm run eval:detection -- --part fresh55       # the fifty-fifth fresh part (JSON documents, code and Markdown from 30 sources, a low cap each, sources none of the others uses): measured once at 793d810, now spent
 *   npm run eval:detection -- --part fresh56       # the fifty-sixth fresh part (JSON documents, code and Markdown from 31 sources, a low cap each, sources none of the others uses): measured once at 793d810, now spent
 *   npm run eval:detection -- --part fresh57       # the fifty-seventh fresh part (JSON documents, code and Markdown from 31 sources, a low cap each, sources none of the others uses): measured once at 8d85258, now spent
 *   npm run eval:detection -- --part fresh58       # the fifty-eighth fresh part (JSON documents, code and Markdown from 27 sources, a low cap each, sources none of the others uses): measured once at 8d85258, now spent
 *   npm run eval:detection -- --part fresh59       # the fifty-ninth fresh part (JSON documents, code and Markdown from 31 sources, a low cap each, sources none of the others uses): measured once at b63b636, now spent
 *   npm run eval:detection -- --part fresh60       # the sixtieth fresh part (JSON documents, code and Markdown from 30 sources, a low cap each, sources none of the others uses): measured once at b63b636, now spent
 *   npm run eval:detection -- --part fresh61       # the sixty-first fresh part (JSON documents, code and Markdown from 31 sources, a low cap each, sources none of the others uses): measured once at c3c0a1d, now spent
 *   npm run eval:detection -- --part fresh62       # the sixty-second fresh part (JSON documents, code and Markdown from 30 sources, a low cap each, sources none of the others uses): measured once at c3c0a1d, now spent
 *   npm run eval:detection -- --part fresh63       # the sixty-third fresh part (JSON documents, code and Markdown from 31 sources, a low cap each, sources none of the others uses): measured once at 06d5c1b, now spent
 *   npm run eval:detection -- --part fresh64       # the sixty-fourth fresh part (JSON documents, code and Markdown from 31 sources, a low cap each, sources none of the others uses): measured once at 06d5c1b, now spent
 *   npm run eval:detection -- --part fresh65       # the sixty-fifth fresh part (JSON documents, code and Markdown from 31 sources, a low cap each, sources none of the others uses): measured once at 78209ef, now spent
 *   npm run eval:detection -- --part fresh66       # the sixty-sixth fresh part (JSON documents, code and Markdown from 31 sources, a low cap each, sources none of the others uses): measured once at 78209ef, now spent
 *   npm run eval:detection -- --part fresh67       # the sixty-seventh fresh part (JSON documents, code and Markdown from 31 sources, a low cap each, sources none of the others uses): measured once at 2ce126f, now spent
 *   npm run eval:detection -- --part fresh68       # the sixty-eighth fresh part (JSON documents, code and Markdown from 32 sources, a low cap each, sources none of the others uses): measured once at 2ce126f, now spent
 *   npm run eval:detection -- --part fresh69       # the sixty-ninth fresh part (JSON documents, code and Markdown from 31 sources, a low cap each, sources none of the others uses): measured once at ca2ca87, now spent
 *   npm run eval:detection -- --part fresh70       # the seventieth fresh part (JSON documents, code and Markdown from 31 sources, a low cap each, sources none of the others uses): measured once at ca2ca87, now spent
 *   npm run eval:detection -- --part fresh71       # the seventy-first fresh part (JSON documents, code and Markdown from 31 sources, a low cap each, sources none of the others uses): measured once at 98652a8, now spent
 *   npm run eval:detection -- --part fresh72       # the seventy-second fresh part (JSON documents, code and Markdown from 31 sources, a low cap each, sources none of the others uses): measured once at 98652a8, now spent
 *   npm run eval:detection -- --part fresh73       # the seventy-third fresh part (JSON documents, code and Markdown from 31 sources, a low cap each, sources none of the others uses): measured once at f6ae327, now spent
 *   npm run eval:detection -- --part fresh74       # the seventy-fourth fresh part (JSON documents, code and Markdown from 31 sources, a low cap each, sources none of the others uses): measured once at f6ae327, now spent
 *   npm run eval:detection -- --part fresh75       # the seventy-fifth fresh part (JSON documents, code and Markdown from 31 sources, a low cap each, sources none of the others uses): measured once at d268721, now spent
 *   npm run eval:detection -- --part fresh76       # the seventy-sixth fresh part (JSON documents, code and Markdown from 31 sources, a low cap each, sources none of the others uses): measured once at d268721, now spent
 *   npm run eval:detection -- --part fresh77       # the seventy-seventh fresh part (JSON documents, code and Markdown from 20 sources, a low cap each, sources none of the others uses): measured once at 473ab5d, now spent
 *   npm run eval:detection -- --part fresh78       # the seventy-eighth fresh part (JSON documents, code and Markdown from 26 sources, a low cap each, sources none of the others uses): measured once at 473ab5d, now spent
 *   npm run eval:detection -- --part fresh79       # the seventy-ninth fresh part (JSON documents, code and Markdown from 23 sources, a low cap each, sources none of the others uses): measured once at 96a5642, now spent
 *   npm run eval:detection -- --part fresh80       # the eightieth fresh part (JSON documents, code and Markdown from 20 sources, a low cap each, sources none of the others uses): measured once at 96a5642, now spent
 *   npm run eval:detection -- --part fresh81       # the eighty-first fresh part (JSON documents, code and Markdown from 18 sources, a low cap each, sources none of the others uses): measured once at 064814b, now spent
 *   npm run eval:detection -- --part fresh82       # the eighty-second fresh part (JSON documents, code and Markdown from 16 sources, a low cap each, sources none of the others uses): measured once at 064814b, now spent
 *   npm run eval:detection -- --part fresh83       # the eighty-third fresh part (JSON documents, code and Markdown from 20 sources, a low cap each, sources none of the others uses): measured once at 5413e21, now spent
 *   npm run eval:detection -- --part fresh84       # the eighty-fourth fresh part (JSON documents, code and Markdown from 17 sources, a low cap each, sources none of the others uses): measured once at 5413e21, now spent
 *   npm run eval:detection -- --part fresh85       # the eighty-fifth fresh part (JSON documents, code and Markdown from 18 sources, a low cap each, sources none of the others uses): measured once at b945f65, now spent
 *   npm run eval:detection -- --part fresh86       # the eighty-sixth fresh part (JSON documents, code and Markdown from 18 sources, a low cap each, sources none of the others uses): measured once at b945f65, now spent
 *   npm run eval:detection -- --part fresh87       # the eighty-seventh fresh part (JSON documents, code and Markdown from 20 sources, a low cap each, sources none of the others uses): measured once at b945f65, now spent
 *   npm run eval:detection -- --part fresh88       # the eighty-eighth fresh part (JSON documents, code and Markdown from 20 sources, a low cap each, sources none of the others uses): measured once at b945f65, now spent
 *   npm run eval:detection -- --part fresh89       # the eighty-ninth fresh part (JSON documents, code and Markdown from 18 sources, a low cap each, sources none of the others uses): measured once at b945f65, now spent
 *   npm run eval:detection -- --part fresh90       # the ninetieth fresh part (JSON documents, code and Markdown from 23 sources, a low cap each, sources none of the others uses): measured once at b945f65, now spent
 *   npm run eval:detection -- --part fresh91       # the ninety-first fresh part (JSON documents, code and Markdown from 14 sources, a low cap each, sources none of the others uses): measured once at f7aa37e, now spent
 *   npm run eval:detection -- --part fresh92       # the ninety-second fresh part (JSON documents, code and Markdown from 17 sources, a low cap each, sources none of the others uses): measured once at f7aa37e, now spent
 *   npm run eval:detection -- --part fresh93       # the ninety-third fresh part (JSON documents, code and Markdown from 20 sources, a low cap each, sources none of the others uses): measured once at 23ae99b, now spent
 *   npm run eval:detection -- --part fresh94       # the ninety-fourth fresh part (JSON documents, code and Markdown from 20 sources, a low cap each, sources none of the others uses): measured once at 23ae99b, now spent
 *   npm run eval:detection -- --part fresh95       # the ninety-fifth fresh part (JSON documents, code and Markdown from 20 sources, a low cap each, sources none of the others uses): measured once at 23ae99b, now spent
 *   npm run eval:detection -- --part fresh96       # the ninety-sixth fresh part (JSON documents, code and Markdown from 20 sources, a low cap each, sources none of the others uses): measured once at 23ae99b, now spent
 *   npm run eval:detection -- --part fresh97       # the ninety-seventh fresh part (JSON documents, code and Markdown from 22 sources, a low cap each, sources none of the others uses): measured once at 2d4cecd, now spent
 *   npm run eval:detection -- --part fresh98       # the ninety-eighth fresh part (JSON documents, code and Markdown from 20 sources, a low cap each, sources none of the others uses): measured once at 2d4cecd, now spent
 *   npm run eval:detection -- --part fresh99       # the ninety-ninth fresh part (JSON documents, code and Markdown from 20 sources, a low cap each, sources none of the others uses): measured once at d89b2ee, now spent
 *   npm run eval:detection -- --part fresh100      # the hundredth fresh part (JSON documents, code and Markdown from 21 sources, a low cap each, sources none of the others uses): measured once at d89b2ee, now spent
 *   npm run eval:detection -- --part fresh101      # the hundred-and-first fresh part (JSON documents, code and Markdown from 21 sources, a low cap each, sources none of the others uses): measured once at a89a52c, now spent
 *   npm run eval:detection -- --part fresh102      # the hundred-and-second fresh part (JSON documents, code and Markdown from 21 sources, a low cap each, sources none of the others uses): measured once at a89a52c, now spent
 *   npm run eval:detection -- --part fresh103      # the hundred-and-third fresh part (JSON documents, code and Markdown from 22 sources, a low cap each, sources none of the others uses): measured once at 2bff375, now spent
 *   npm run eval:detection -- --part fresh104      # the hundred-and-fourth fresh part (JSON documents, code and Markdown from 20 sources, a low cap each, sources none of the others uses): measured once at 2bff375, now spent
 *   npm run eval:detection -- --part fresh105      # the hundred-and-fifth fresh part (JSON documents, code and Markdown from 23 sources, a low cap each, sources none of the others uses): measured once at 6e5c715, now spent
 *   npm run eval:detection -- --part fresh106      # the hundred-and-sixth fresh part (JSON documents, code and Markdown from 19 sources, a low cap each, sources none of the others uses): measured once at 6e5c715, now spent
 *   npm run eval:detection -- --part fresh107      # the hundred-and-seventh fresh part (attack payloads from 17 sources, capped per source and file, sources none of the others uses): measured once at 0869953, now spent
 *   npm run eval:detection -- --part fresh108      # the hundred-and-eighth fresh part (JSON documents, code and Markdown from 20 sources, a low cap each, sources none of the others uses): measured once at 0869953, now spent
 *   npm run eval:detection -- --part fresh109      # the hundred-and-ninth fresh part (attack payloads from 11 sources, capped per source and file, sources none of the others uses): measured once at 7f03250, now spent
 *   npm run eval:detection -- --part fresh110      # the hundred-and-tenth fresh part (JSON documents, code and Markdown from 21 sources, a low cap each, sources none of the others uses): measured once at 4ee9fb9, now spent
 *   npm run eval:detection -- --part fresh111      # the hundred-and-eleventh fresh part (attack payloads from 9 sources, capped per source and file, sources none of the others uses): measured once at 0d47655, now spent
 *   npm run eval:detection -- --part fresh112      # the hundred-and-twelfth fresh part (JSON documents, code and Markdown from 22 sources, a low cap each, sources none of the others uses; built beside the hundred-and-eleventh): measured once at c2184c1, now spent
 *   npm run eval:detection -- --part fresh113      # the hundred-and-thirteenth fresh part (attack payloads from 8 sources, capped per source and file, sources none of the others uses): measured once at 0a41b24, now spent
 *   npm run eval:detection -- --part fresh114      # the hundred-and-fourteenth fresh part (JSON documents, code and Markdown from 19 sources, a low cap each, sources none of the others uses; built beside the hundred-and-thirteenth): measured once at 61dd530, now spent
 *   npm run eval:detection -- --part fresh115      # the hundred-and-fifteenth fresh part (attack payloads from 5 sources, capped per source and file, sources none of the others uses; built beside the hundred-and-sixteenth): measured once at 83a86fb, now spent
 *   npm run eval:detection -- --part fresh116      # the hundred-and-sixteenth fresh part (JSON documents, code and Markdown from 20 sources, a low cap each, sources none of the others uses; built beside the hundred-and-fifteenth): measured once at 1df78b4, now spent
 *   npm run eval:detection -- --part fresh117      # the hundred-and-seventeenth fresh part (attack payloads from 6 sources, capped per source and file, sources none of the others uses; built beside the hundred-and-eighteenth): measured once at bb08ad3, now spent
 *   npm run eval:detection -- --part fresh118      # the hundred-and-eighteenth fresh part (JSON documents, code and Markdown from 19 sources, a low cap each, sources none of the others uses; built beside the hundred-and-seventeenth): measured once at 17ac893, now spent
 *   npm run eval:detection -- --part fresh119      # the hundred-and-nineteenth fresh part (attack payloads from 6 sources, capped per source and file, sources none of the others uses; built beside the hundred-and-twentieth): measured once at 8c5ab3b, now spent
 *   npm run eval:detection -- --part fresh120      # the hundred-and-twentieth fresh part (JSON documents, code and Markdown from 22 sources, a low cap each, sources none of the others uses; built beside the hundred-and-nineteenth): measured once at f80c83f, now spent
 *   npm run eval:detection -- --part fresh121      # the hundred-and-twenty-first fresh part (attack payloads from 11 sources, capped per source and file, sources none of the others uses; built beside the hundred-and-twenty-second): measured once at 480310d, now spent
 *   npm run eval:detection -- --part fresh122      # the hundred-and-twenty-second fresh part (JSON documents, code and Markdown from 18 sources, a low cap each, sources none of the others uses; built beside the hundred-and-twenty-first): measured once at 4af0a61, now spent
 *   npm run eval:detection -- --part fresh123      # the hundred-and-twenty-third fresh part (attack payloads from 12 sources, capped per source and file, sources none of the others uses; built beside the hundred-and-twenty-fourth): measured once at 6d5b08f, now spent
 *   npm run eval:detection -- --part fresh124      # the hundred-and-twenty-fourth fresh part (JSON documents, code and Markdown from 17 sources, a low cap each, sources none of the others uses; built beside the hundred-and-twenty-third): measured once at f7ff212, now spent
 *   npm run eval:detection -- --part fresh125      # the hundred-and-twenty-fifth fresh part (attack payloads from 9 sources, capped per source and file, sources none of the others uses; built beside the hundred-and-twenty-sixth): measured once at 2be6d9b, now spent
 *   npm run eval:detection -- --part fresh126      # the hundred-and-twenty-sixth fresh part (JSON documents, code and Markdown from 19 sources, a low cap each, sources none of the others uses; built beside the hundred-and-twenty-fifth): measured once at 0b81930, now spent
 *   npm run eval:detection -- --part fresh127      # the hundred-and-twenty-seventh fresh part (attack payloads from 9 sources, capped per source and file, sources none of the others uses; built beside the hundred-and-twenty-eighth): measured once at 0fb25d0, now spent
 *   npm run eval:detection -- --part fresh128      # the hundred-and-twenty-eighth fresh part (JSON documents, code and Markdown from 18 sources, a low cap each, sources none of the others uses; built beside the hundred-and-twenty-seventh): measured once at ec1b851, now spent
 *   npm run eval:detection -- --part fresh129      # the hundred-and-twenty-ninth fresh part (attack payloads from 6 sources, capped per source and file, sources none of the others uses; built beside the hundred-and-thirtieth): measured once at c9f71fd, now spent
 *   npm run eval:detection -- --part fresh130      # the hundred-and-thirtieth fresh part (JSON documents, code and Markdown from 17 sources, a low cap each, sources none of the others uses; built beside the hundred-and-twenty-ninth): measured once at 18b5871, now spent
 *   npm run eval:detection -- --part fresh131      # the hundred-and-thirty-first fresh part (attack payloads from 3 sources, capped per source and file, sources none of the others uses; built beside the hundred-and-thirty-second): measured once at 3288360, now spent
 *   npm run eval:detection -- --part fresh132      # the hundred-and-thirty-second fresh part (JSON documents, code and Markdown from 18 sources, a low cap each, sources none of the others uses; built beside the hundred-and-thirty-first): measured once at 3288360, now spent
 *   npm run eval:detection -- --part fresh133      # the hundred-and-thirty-third fresh part (attack payloads from 3 sources, sources none of the others uses; built beside the hundred-and-thirty-fourth): measured once at 6652ec4, now spent
 *   npm run eval:detection -- --part fresh134      # the hundred-and-thirty-fourth fresh part (JSON documents, code and Markdown from 18 sources, a low cap each, sources none of the others uses; built beside the hundred-and-thirty-third): measured once at 6652ec4, now spent
 *   npm run eval:detection -- --part fresh135      # the hundred-and-thirty-fifth fresh part (attack payloads from 2 sources, sources none of the others uses; built beside the hundred-and-thirty-sixth): measured once at 29eee59, now spent
 *   npm run eval:detection -- --part fresh136      # the hundred-and-thirty-sixth fresh part (JSON documents, code and Markdown from 20 sources, a low cap each, sources none of the others uses; built beside the hundred-and-thirty-fifth): measured once at 29eee59, now spent
 *   npm run eval:detection -- --part fresh137      # the hundred-and-thirty-seventh fresh part (attack payloads from 1 source, an exploit archive's write-ups, capped per class and reading, a source none of the others uses; built beside the hundred-and-thirty-eighth): measured once at 2e75d95, now spent
 *   npm run eval:detection -- --part fresh138      # the hundred-and-thirty-eighth fresh part (JSON documents, code and Markdown from 20 sources, a low cap each, sources none of the others uses; built beside the hundred-and-thirty-seventh): measured once at 2e75d95, now spent
 *   npm run eval:detection -- --part fresh139      # the hundred-and-thirty-ninth fresh part (attack payloads from 4 sources, a shop platform's community advisories and three PoC scanners' modules, capped per class and reading, sources none of the others uses; built beside the hundred-and-fortieth): measured once at 0699024, now spent
 *   npm run eval:detection -- --part fresh140      # the hundred-and-fortieth fresh part (JSON documents, code and Markdown from 22 sources, a low cap each, sources none of the others uses; built beside the hundred-and-thirty-ninth): measured once at 0699024, now spent
 *   npm run eval:detection -- --part fresh141      # the hundred-and-forty-first fresh part (attack payloads from 6 sources, PoC scanners' modules and a vulnerability collection's write-ups, capped per class and reading, sources none of the others uses; built beside the hundred-and-forty-second): measured once at 8bbb754, now spent
 *   npm run eval:detection -- --part fresh142      # the hundred-and-forty-second fresh part (JSON documents, code and Markdown from 23 sources, a low cap each, sources none of the others uses; built beside the hundred-and-forty-first): measured once at 8bbb754, now spent
 *   npm run eval:detection -- --part fresh143      # the hundred-and-forty-third fresh part (attack payloads from 3 sources, WAFs' own test suites, capped per class and reading, sources none of the others uses; built beside the hundred-and-forty-fourth): measured once at 2281639, now spent
 *   npm run eval:detection -- --part fresh144      # the hundred-and-forty-fourth fresh part (JSON documents, code and Markdown from 25 sources, a low cap each, sources none of the others uses; built beside the hundred-and-forty-third): measured once at 2281639, now spent
 *   npm run eval:detection -- --part fresh145      # the hundred-and-forty-fifth fresh part (attack payloads from 2 sources, two WAFs' own tests, capped per reading, sources none of the others uses; built beside the hundred-and-forty-sixth): measured once at 0e6898f, now spent
 *   npm run eval:detection -- --part fresh146      # the hundred-and-forty-sixth fresh part (JSON documents, code and Markdown from 22 sources, a low cap each, sources none of the others uses; built beside the hundred-and-forty-fifth): measured once at 0e6898f, now spent
 *   npm run eval:detection -- --part fresh147      # the hundred-and-forty-seventh fresh part (attack payloads from 8 sources, security libraries' own test suites — HTML sanitisers, SSRF filters, a NoSQL sanitiser —, capped per reading, sources none of the others uses; built beside the hundred-and-forty-eighth): measured once at 32ccdc2, now spent
 *   npm run eval:detection -- --part fresh148      # the hundred-and-forty-eighth fresh part (JSON documents, code and Markdown from 25 sources, a low cap each, sources none of the others uses; built beside the hundred-and-forty-seventh): measured once at 32ccdc2, now spent
 *   npm run eval:detection -- --part fresh149      # the hundred-and-forty-ninth fresh part (attack payloads from 3 sources, security libraries' own test suites again — a command-injection guard's, a hardening toolkit's and an SSRF check's —, capped per reading, sources none of the others uses; built beside the hundred-and-fiftieth): measured once at 10a47bf, now spent
 *   npm run eval:detection -- --part fresh150      # the hundred-and-fiftieth fresh part (JSON documents, code and Markdown from 22 sources, a low cap each, sources none of the others uses; built beside the hundred-and-forty-ninth): measured once at 10a47bf, now spent
 *   npm run eval:detection -- --part fresh151      # the hundred-and-fifty-first fresh part (attack payloads from 3 sources, security libraries' own test suites again — two SSRF guards' and a login library's redirect sanitiser's —, capped per reading, sources none of the others uses; built beside the hundred-and-fifty-second): measured once at 10a47bf, now spent
 *   npm run eval:detection -- --part fresh152      # the hundred-and-fifty-second fresh part (JSON documents, code and Markdown from 21 sources, a low cap each, sources none of the others uses; built beside the hundred-and-fifty-first): measured once at 10a47bf, now spent
 *   npm run eval:detection -- --part fresh153      # the hundred-and-fifty-third fresh part (JSON documents, code and Markdown from 22 sources, a low cap each, sources none of the others uses; built alone): measured once at 57f65fc, now spent
 *   npm run eval:detection -- --part fresh154      # the hundred-and-fifty-fourth fresh part (JSON documents, code and Markdown from 22 sources, a low cap each, sources none of the others uses; built alone, after the hundred-and-fifty-third): measured once at 57f65fc, now spent
 *   npm run eval:detection -- --part fresh155      # the hundred-and-fifty-fifth fresh part (JSON documents, code and Markdown from 22 sources, a low cap each, sources none of the others uses; built alone): measured once at 5dd0650, now spent
 *
 *   npm run eval:detection -- --part fresh151 --alone  # a new fresh part from its own snapshots only (earlier parts' values dropped by known-values.bin)
 *   npm run eval:detection -- --alone --misses rce      # the tuning half from the halves' 29 snapshots only (the same values as the whole build's)
 *
 * Needs the pinned snapshots of test/insight/eval/sources.ts (EVAL_MIRROR, default /work/.mirror); with
 * --alone, only the part's own (the halves' for tune and held-out).
 */
import { parseArgs } from 'node:util'
import type { AttackInputs } from '../../../src/insight/attacks.ts'
import { loadCorpus, type EvalEntry } from './build.ts'
import { MEASURE_ONLY, type Part } from './place.ts'
import { FRESH_PARTS } from './sources.ts'
import { defaultDetector } from '../../helpers/detector.ts'

const { values: args } = parseArgs({ options: { part: { type: 'string', default: 'tune' }, alone: { type: 'boolean', default: false }, misses: { type: 'string' }, flagged: { type: 'string' }, limit: { type: 'string', default: '60' } } })
const part = args.part as Part
const fresh = FRESH_PARTS.find((p) => p.part === part)
if (part !== 'tune' && part !== 'held-out' && fresh === undefined) {
  const names = ['tune', 'held-out', ...FRESH_PARTS.map((p) => p.part)]
  throw new Error(`--part is ${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}`)
}
const partName = part === 'tune' ? 'Tuning half' : part === 'held-out' ? 'Held-out half' : fresh!.name
// The first three fresh parts were each measured once (2026-12-02) and are spent as held-out sets: they
// are tuned on now, like the tuning half, and so are the fourth to the tenth since their one
// measurement (after the sixth, the seventh, the ninth, the eleventh, the twelfth, the fourteenth and the
// seventeenth round), the eleventh since its one (after the twentieth), the twelfth since its one (after the
// twenty-third), the thirteenth since its one (after the twenty-fifth), the fourteenth since its one (at ed7b451, after
// the twenty-sixth round's first half), the fifteenth since its one (at 5832b89, after the twenty-eighth round) and the
// sixteenth since its one (at 94130a1), the seventeenth since its one (at 90e1261), the eighteenth since its one (at 27a7c43) and the
// nineteenth since its one (at d2d7d1b), the twentieth since its one (at 63bcd65), the twenty-first since its one (at 8e77cd6), the twenty-second since its one (at e74a477), the twenty-third since its one (at bf9b635), the twenty-fourth since its one (at e27de4a), the twenty-fifth since its one (at 35ced29), the twenty-sixth since its one (at 3d3179e), the twenty-seventh since its one (at 7923778), the twenty-eighth since its one (at bebdcfe), the twenty-ninth since its one (at dee7226), the thirtieth since its one (at d11e9dd), the thirty-first since its one (at 8a4c2ac), the thirty-second since its one (at 6af0a45), the thirty-third since its one (at 6a612d6), the thirty-fourth since its one (at 7621917), the thirty-fifth since its one (at e8c1f37), the thirty-sixth since its one (at 3447501), the thirty-seventh since its one (at 32c93c7), the thirty-eighth since its one (at 6477d71), the thirty-ninth since its one (at 494fde7), the fortieth since its one (at 1d93ec0), the forty-first and forty-second since theirs (at 34beddf), the forty-third since its one (at e399095), the forty-fourth since its one (at 08f7d6c) and the forty-fifth and forty-sixth since theirs (at a95bf5f), the forty-seventh and forty-eighth since theirs (at ba0f04c), the forty-ninth and fiftieth since theirs (at 8eba866), the fifty-first and fifty-second since theirs (at b8a269a), the fifty-third since its one (at cc6f785), the fifty-fourth since its one (at b231de4), the fifty-fifth and fifty-sixth since theirs (at 793d810), the fifty-seventh and fifty-eighth since theirs (at 8d85258), the fifty-ninth and sixtieth since theirs (at b63b636), the sixty-first and sixty-second since theirs (at c3c0a1d), the sixty-third and sixty-fourth since theirs (at 06d5c1b), the sixty-fifth and sixty-sixth since theirs (at 78209ef), the sixty-seventh and sixty-eighth since theirs (at 2ce126f), the sixty-ninth and seventieth since theirs (at ca2ca87), the seventy-first and seventy-second since theirs (at 98652a8), the seventy-third and seventy-fourth since theirs (at f6ae327), the seventy-fifth and seventy-sixth since theirs (at d268721) the seventy-seventh and seventy-eighth since theirs (at 473ab5d) and the seventy-ninth and eightieth since theirs (at 96a5642) and the eighty-first and eighty-second since theirs (at 064814b) and the eighty-third and eighty-fourth since theirs (at 5413e21) and the eighty-fifth to ninetieth since theirs (at b945f65) and the ninety-first and ninety-second since theirs (at f7aa37e) and the ninety-third to ninety-sixth since theirs (at 23ae99b) and the ninety-seventh and ninety-eighth since theirs (at 2d4cecd) and the ninety-ninth and hundredth since theirs (at d89b2ee) and the hundred-and-first and hundred-and-second since theirs (at a89a52c) and the hundred-and-third and hundred-and-fourth since theirs (at 2bff375) and the hundred-and-fifth and hundred-and-sixth since theirs (at 6e5c715) and the hundred-and-seventh and hundred-and-eighth since theirs (at 0869953) and the hundred-and-ninth since its one (at 7f03250) and the hundred-and-tenth since its one (at 4ee9fb9) and the hundred-and-eleventh since its one (at 0d47655) and the hundred-and-twelfth since its one (at c2184c1) and the hundred-and-thirteenth since its one (at 0a41b24) and the hundred-and-fourteenth since its one (at 61dd530) and the hundred-and-fifteenth since its one (at 83a86fb) and the hundred-and-sixteenth since its one (at 1df78b4) and the hundred-and-seventeenth since its one (at bb08ad3) and the hundred-and-eighteenth since its one (at 17ac893) and the hundred-and-nineteenth since its one (at 8c5ab3b) and the hundred-and-twentieth since its one (at f80c83f) and the hundred-and-twenty-first since its one (at 480310d) and the hundred-and-twenty-second since its one (at 4af0a61) and the hundred-and-twenty-third since its one (at 6d5b08f) and the hundred-and-twenty-fourth since its one (at f7ff212) and the hundred-and-twenty-fifth since its one (at 2be6d9b) and the hundred-and-twenty-sixth since its one (at 0b81930) and the hundred-and-twenty-seventh since its one (at 0fb25d0) and the hundred-and-twenty-eighth since its one (at ec1b851) and the hundred-and-twenty-ninth since its one (at c9f71fd) and the hundred-and-thirtieth since its one (at 18b5871) and the hundred-and-thirty-first since its one (at 3288360) and the hundred-and-thirty-second since its one (at 3288360) and the hundred-and-thirty-third since its one (at 6652ec4) and the hundred-and-thirty-fourth since its one (at 6652ec4) and the hundred-and-thirty-fifth since its one (at 29eee59) and the hundred-and-thirty-sixth since its one (at 29eee59) and the hundred-and-thirty-seventh since its one (at 2e75d95) and the hundred-and-thirty-eighth since its one (at 2e75d95) and the hundred-and-thirty-ninth since its one (at 0699024) and the hundred-and-fortieth since its one (at 0699024) and the hundred-and-forty-first since its one (at 8bbb754) and the hundred-and-forty-second since its one (at 8bbb754) and the hundred-and-forty-third since its one (at 2281639) and the hundred-and-forty-fourth since its one (at 2281639) and the hundred-and-forty-fifth since its one (at 0e6898f) and the hundred-and-forty-sixth since its one (at 0e6898f) and the hundred-and-forty-seventh since its one (at 32ccdc2) and the hundred-and-forty-eighth since its one (at 32ccdc2) and the hundred-and-forty-ninth since its one (at 10a47bf) and the hundred-and-fiftieth since its one (at 10a47bf) and the hundred-and-fifty-first since its one (at 10a47bf) and the hundred-and-fifty-second since its one (at 10a47bf) and the hundred-and-fifty-third since its one (at 57f65fc) and the hundred-and-fifty-fourth since its one (at 57f65fc) and the hundred-and-fifty-fifth since its one (at 5dd0650).
// The held-out half stays for measuring only.
if (MEASURE_ONLY.includes(part) && (args.misses !== undefined || args.flagged !== undefined)) {
  throw new Error(`the ${partName.toLowerCase()} is for measuring: its misses and false positives are not shown (tune on the tuning half or a spent fresh part)`)
}
/** a fragment set apart from this part's sources (the halves' own have no part) */
const ofPart = (l: { part?: string }) => (l.part ?? 'halves') === (part === 'tune' || part === 'held-out' ? 'halves' : part)

const inputsOf = (e: EvalEntry): AttackInputs => ({ path: e.req.path, query: e.req.query, headers: e.req.headers, body: e.req.body === null ? null : Buffer.from(e.req.body) })

const { entries, leftOut } = loadCorpus(!args.alone ? undefined : fresh === undefined ? 'halves' : fresh.part)
const mine = entries.filter((e) => e.part === part)
const detector = defaultDetector()
const verdicts = new Map<EvalEntry, readonly string[]>()
// warm up, then time every request once
for (const e of mine.slice(0, 2000)) detector.detect(inputsOf(e))
const prepared = mine.map((e) => [e, inputsOf(e)] as const)
const t0 = performance.now()
for (const [e, inputs] of prepared) verdicts.set(e, detector.detect(inputs))
const usPerRequest = ((performance.now() - t0) * 1000) / prepared.length

const pct = (n: number, of: number) => (of === 0 ? '–' : `${((n / of) * 100).toFixed(1)} %`)
const pct2 = (n: number, of: number) => (of === 0 ? '–' : `${((n / of) * 100).toFixed(2)} %`)

const attackRows: string[] = []
const benignRows: string[] = []
const labels = [...new Set(mine.map((e) => e.label))]
let attackTotal = 0
let attackFound = 0
let benignTotal = 0
let benignFlagged = 0
for (const label of labels) {
  const es = mine.filter((e) => e.label === label)
  if (label === 'csic_anomalous') continue
  if (es[0]!.attack) {
    const found = es.filter((e) => verdicts.get(e)!.includes(label)).length
    const fragments = leftOut.filter((l) => l.label === label && ofPart(l)).length
    attackTotal += es.length
    attackFound += found
    attackRows.push(`| \`${label}\` | ${es.length} | ${found} | ${pct(found, es.length)} | ${fragments} |`)
  } else {
    const flagged = es.filter((e) => verdicts.get(e)!.length > 0)
    const as = new Map<string, number>()
    for (const e of flagged) for (const a of verdicts.get(e)!) as.set(a, (as.get(a) ?? 0) + 1)
    benignTotal += es.length
    benignFlagged += flagged.length
    benignRows.push(`| ${label} | ${es.length} | ${flagged.length} | ${pct2(flagged.length, es.length)} | ${[...as].map(([a, n]) => `${a} ${n}`).join(', ')} |`)
  }
}
const anomalous = mine.filter((e) => e.label === 'csic_anomalous')
const anomalousFlagged = anomalous.filter((e) => verdicts.get(e)!.length > 0).length

const partFragments = leftOut.filter(ofPart).length
console.log(`## ${partName} (${mine.length} requests; ${usPerRequest.toFixed(2)} µs per request, detect() alone, one core)\n`)
console.log(`| class | payloads | detected | detection | fragments left out (${fresh?.fragments ?? 'both halves'}) |\n|---|---:|---:|---:|---:|`)
console.log(attackRows.join('\n'))
console.log(`| all classes | ${attackTotal} | ${attackFound} | ${pct(attackFound, attackTotal)} | ${partFragments} |\n`)
console.log('| benign kind | values | flagged | false-positive rate | flagged as |\n|---|---:|---:|---:|---|')
console.log(benignRows.join('\n'))
console.log(`| all kinds | ${benignTotal} | ${benignFlagged} | ${pct2(benignFlagged, benignTotal)} | |\n`)
if (anomalous.length > 0) console.log(`CSIC 2010 anomalous requests (attacks and non-attack anomalies, no class labels): ${anomalousFlagged} of ${anomalous.length} flagged (${pct(anomalousFlagged, anomalous.length)})`)

const limit = Number(args.limit)
if (args.misses !== undefined) {
  const missed = mine.filter((e) => e.label === args.misses && !verdicts.get(e)!.includes(args.misses))
  console.log(`\n${missed.length} misses of ${args.misses} (${partName.toLowerCase()}):`)
  for (const e of missed.slice(0, limit)) console.log(`  [${e.req.where}] ${JSON.stringify(e.value).slice(0, 300)}  ->  ${JSON.stringify(verdicts.get(e))}`)
}
if (args.flagged !== undefined) {
  const flagged = mine.filter((e) => e.label === args.flagged && verdicts.get(e)!.length > 0)
  console.log(`\n${flagged.length} flagged values of ${args.flagged} (${partName.toLowerCase()}):`)
  for (const e of flagged.slice(0, limit)) console.log(`  [${e.req.where}] ${JSON.stringify(verdicts.get(e))} ${JSON.stringify(e.value).slice(0, 400)}`)
}
