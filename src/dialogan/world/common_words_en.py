"""Everyday English words: about a thousand of the most frequent, each of which a person types meaning itself.

``spelling.mend_slips`` writes a word the world's messages never hold as the one known word it is a slip of
("sqaure" is square). Many everyday words are one slip from a word the world knows ("found" from round, "must" from
just, "came" from same, "rest" from reset): none of these is ever a slip.
"""
from __future__ import annotations

COMMON_EN = frozenset("""
    a about above across act add after again age ago agree air all almost alone along already also always am among
    an and angry animal another answer any anyone anything appear are area arm army around arrive art as ask at aunt
    away baby back bad bag bake ball band bank bar base basket bath be bear beat beautiful became because become bed boss clan honour honor
    been before began begin behind being believe bell belong below bend beside best better between big bill bind
    bird birth bit bite black blame blind block blood blow blue board boat body boil bold bone book born both bother
    bottle bottom bought bowl box boy brain bread break breath bridge bright bring broad broke brother brought brown
    build built burn busy but buy by cake call calm came camp can car card care carry case cast cat catch cause cell
    cent chair chance change chat cheap check cheer chest chief child choose church city claim class clean clear
    climb clock close cloth cloud club coal coast coat cold collect college colour come comes common cook cool copy
    corn corner cost could count country course cover cow crack cross crowd cry cup cure cut dad damp dance danger
    dare dark date daughter day dead deal dear death decide deep deer degree desk did die diet differ dig dine
    dinner dirt dish dive do doctor does dog doll done door dose double doubt down draw dream dress drink drive drop
    dry duck due dull during dust duty each ear early earth east easy eat edge egg eight either else end enemy enjoy
    enough enter equal even evening ever every exact except expect eye face fact fail fair fall false family famous
    far farm fast fat father fault fear feed feel feet fell felt few field fight fill film final find fine finger
    finish fire firm first fish fit five fix flag flat floor flow flower fly fold follow food fool foot for force
    forest forget fork form fort forty found four free fresh friend from front fruit full fun game garden gas gate
    gave get gift girl give glad glass go goal goat god gold gone good got grand grass great green grew ground group
    grow guard guess guest guide gun hair half hall hand hang happen happy hard hat hate have he head hear heard
    heart heat heavy held hell hello help her here hero hide high hill him hire his hit hold hole home hope horse
    host hot hour house how huge hunt hurry hurt husband ice idea if ill inch into iron is island it its job join
    joke joy jump just keep kept key kick kid kill kind king kiss kitchen knee knew know lady laid lake land lane
    large last late laugh law lay lead leaf learn least leave led left leg lend less lest let letter lie life lift
    light like line lion lip list listen little live load local lock lone long look lord lose loss lost lot loud
    love low luck lunch mad made mail main make male man many map mark market marry mass master match may me meal
    mean meat meet men mere met mice middle might mile milk mind mine miss mix mode moment money month moon more
    most mother motor mount mouse mouth move much mud must my nail name narrow nation near neck need needle nest net
    never new news next nice night nine no noise none noon nor north nose not note nothing notice now number nurse
    nut of off offer office often oil old on once one only open or order other our out over own page paid pain paint
    pair pale pan paper park part pass past path pay peace pen people per pet pick piece pig pile pin pine pipe pit
    place plan plane plant plate play please plenty pocket poem point pole pool poor pose post pot pound pour power
    press pretty price pride print prize pull pump push put queen quick quiet race rain raise ran rank rate rather
    raw reach read ready real reason red rent rest rice rich ride right ring rise river road rock rode role roll
    roof room root rope rose round row rub rule run rush safe said sail sale salt same sand sat save saw say school
    sea seat see seed seem seen self sell send sense sent serve set seven shade shake shall shape share she sheep
    shelf shine ship shirt shoe shop shore short shot should shout show shut sick side sight sign silk silly since
    sing sink sir sister sit six size skin sky sleep slide slip slow small smell smile smoke snow so soap sock soft
    soil sold some son song soon sore sort soul sound soup south space speak speed spell spend spent spoke spoon
    sport spot spread spring stage stair stamp stand star start state stay steal steam steel step stick still stock
    stone stood stop store storm story straight strange street strong such sudden sugar suit sum sun sure swim table
    tail take tale talk tall taste taught tea teach team tear tell ten tend tent test than thank that the their them
    then there these they thick thin thing think third this those though thought three threw throw thus tie till
    time tiny tip tire to today toe together told tomorrow tone tonight too took tool tooth top total touch tour
    toward town toy track trade train tree trip true trust truth try turn twice two under until up upon us use usual
    valley very view visit voice vote wait wake walk wall want war warm was wash watch water wave way we wear
    weather week weight well went were west wet what wheel when where which while white who whole why wide wife wild
    will win wind window wine wing winter wire wise wish with woman won wonder wood word wore work world worry worse
    worth would write wrong yard year yell yes yet you young your
""".split())
