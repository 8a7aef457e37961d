"""Chinese for the shapes world: a lexicon of synonyms, message templates per act, replies.

Same contract as ``phrasing_en`` (``phrasing.Phrasing``): templates with ``{slots}``, lists written most common
first, lexicon groups whose first word is canonical, fixed replies per (act, outcome). Chinese has no
articles or plurals; quantities take a classifier ("一个", "两个", "一颗星星"), and
modifiers may take "的" ("红色的大圆形", "大的红色圆形").
"""
from __future__ import annotations

SHAPE_WORDS = {
    "circle": ["圆形", "圆", "圆圈", "圆球", "圆点", "球", "圆盘", "圆环", "圆片", "球形", "圆饼", "环形"],
    "square": ["正方形", "方块", "方形", "四方形", "正方块", "方格", "方片", "方框", "立方体", "正方格"],
    "triangle": ["三角形", "三角", "三角块", "三角型", "三边形", "三角片", "金字塔形", "锥形"],
    "star": ["星形", "星星", "五角星", "星", "五星", "五芒星", "星状", "五角星形"],
    "diamond": ["菱形", "钻石形", "菱形块", "斜方形", "菱块", "钻石", "钻石形状", "斜方块"],
    "hexagon": ["六边形", "六角形", "六边型", "六棱形", "六角", "正六边形", "蜂窝形", "六面形"],
}
# The ten colours by the names people use, each at the nearest of the ten by hue (as ``phrasing_en``):
# 天蓝 is 青色 (cyan), 银色 and 炭灰 灰色, 玫红 and 桃红 粉色, 驼色 and 栗色 棕色.
COLOR_WORDS = {
    "red": ["红色", "红", "红颜色", "鲜红色", "大红", "大红色", "深红色", "朱红色", "正红色", "火红色", "酒红色",
            "枣红色", "血红色"],
    "orange": ["橙色", "橘色", "橙", "橘黄色", "橘红色", "桔色", "桔黄色", "橘子色", "亮橙色", "深橙色"],
    "yellow": ["黄色", "黄", "明黄色", "黄颜色", "金黄色", "柠檬黄", "鹅黄色", "淡黄色", "嫩黄色", "亮黄色",
               "浅黄色"],
    "green": ["绿色", "绿", "草绿色", "绿颜色", "墨绿色", "墨绿", "深绿色", "浅绿色", "翠绿色", "嫩绿色", "军绿色",
              "橄榄绿", "碧绿色"],
    "cyan": ["青色", "蓝绿色", "青", "湖蓝色", "天蓝色", "天蓝", "水蓝色", "湖绿色", "绿松石色", "青绿色", "孔雀蓝"],
    "blue": ["蓝色", "蓝", "深蓝色", "蓝颜色", "藏青色", "藏蓝色", "宝蓝色", "海蓝色", "海军蓝", "钴蓝色", "亮蓝色"],
    "purple": ["紫色", "紫", "紫罗兰色", "紫颜色", "淡紫色", "深紫色", "浅紫色", "葡萄紫", "薰衣草色", "丁香紫"],
    "pink": ["粉色", "粉红色", "粉红", "粉", "玫红色", "玫瑰色", "桃红色", "浅粉色", "嫩粉色", "樱花粉", "桃粉色"],
    "brown": ["棕色", "褐色", "咖啡色", "棕", "深棕色", "浅棕色", "巧克力色", "栗色", "茶色", "驼色", "棕褐色",
              "咖色"],
    "gray": ["灰色", "灰", "银灰色", "灰颜色", "浅灰色", "浅灰", "深灰色", "银色", "炭灰色", "烟灰色", "铁灰色",
             "水泥灰"],
}
# A bare size before a colour reads as a shade ("大红"), so ``object_phrase`` gives such a size 的;
# no size word ends in 的, which the phrases add themselves ("小小的").
SIZE_WORDS = {"small": ["小", "小号", "迷你", "很小", "小小", "袖珍", "超小", "特小", "微型", "小型", "非常小",
                        "极小"],
              "large": ["大", "大号", "巨大", "很大", "超大", "大大", "特大", "超级大", "大型", "非常大", "巨型",
                        "硕大", "好大"]}
COMPARATIVE = {"small": ["变小", "缩小", "小一点", "小一些", "再小点", "变小一点"],
               "large": ["变大", "放大", "大一点", "大一些", "再大点", "变大一点"]}
TOO = {"small": ["大", "大了点"], "large": ["小", "小了点"]}
PLACE = {
    "top-left": ["左上角", "左上方", "左上", "左上边", "画面左上角", "左上角落", "靠左上角", "左上角那里", "最左上角"],
    "top": ["上方", "顶部", "上面", "上边", "正上方", "顶上", "最上面", "最上边", "靠上", "顶端", "上面中间"],
    "top-right": ["右上角", "右上方", "右上", "右上边", "画面右上角", "右上角落", "靠右上角", "右上角那里", "最右上角"],
    "left": ["左边", "左侧", "左面", "左方", "左边中间", "最左边", "靠左", "靠左边", "左手边", "左边那里"],
    "center": ["中间", "中心", "中央", "正中间", "正中", "画面中间", "正中央", "中间位置", "正当中", "当中",
               "中心位置"],
    "right": ["右边", "右侧", "右面", "右方", "右边中间", "最右边", "靠右", "靠右边", "右手边", "右边那里"],
    "bottom-left": ["左下角", "左下方", "左下", "左下边", "画面左下角", "左下角落", "靠左下角", "左下角那里",
                    "最左下角"],
    "bottom": ["下方", "底部", "下面", "下边", "正下方", "底下", "最下面", "最下边", "靠下", "底端", "下面中间"],
    "bottom-right": ["右下角", "右下方", "右下", "右下边", "画面右下角", "右下角落", "靠右下角", "右下角那里",
                     "最右下角"],
}
# Pointing at objects: single sides mean the whole column or row.
AREA = {"top-left": ["左上角", "左上方", "左上", "左上边"], "top": ["上面", "上方", "最上面", "顶上", "顶部", "最上边"],
        "top-right": ["右上角", "右上方", "右上", "右上边"], "left": ["左边", "左侧", "最左边", "左面", "靠左", "左手边"],
        "center": ["中间", "中央", "正中间", "正中", "中心"],
        "right": ["右边", "右侧", "最右边", "右面", "靠右", "右手边"],
        "bottom-left": ["左下角", "左下方", "左下", "左下边"], "bottom": ["下面", "下方", "最下面", "底下", "底部", "最下边"],
        "bottom-right": ["右下角", "右下方", "右下", "右下边"]}
RELATION = {"left_of": ["左边", "左侧", "的左边", "左面", "的左侧"],
            "right_of": ["右边", "右侧", "的右边", "右面", "的右侧"],
            "above": ["上面", "上方", "的上面", "上边", "正上方"],
            "below": ["下面", "下方", "的下面", "下边", "底下", "正下方"],
            "next_to": ["旁边", "的旁边", "边上", "隔壁", "附近"]}
# A relation to the object the last turn named: "在它左边画一个星形".
RELATION_IT = {"left_of": ["它左边", "它的左边", "它左侧", "它的左侧"],
               "right_of": ["它右边", "它的右边", "它右侧", "它的右侧"],
               "above": ["它上面", "它的上面", "它上方", "它上边"],
               "below": ["它下面", "它的下面", "它下方", "它下边"],
               "next_to": ["它旁边", "它的旁边", "它边上", "它附近"]}
DIRECTION = {"left": ["左", "左边", "左侧"], "right": ["右", "右边", "右侧"],
             "up": ["上", "上面", "上边"], "down": ["下", "下面", "下边"]}
OUT_THINGS = ["一条狗", "一只猫", "一座房子", "一棵树", "一辆车", "一朵花", "一个太阳", "一个人", "一只鸟",
              "一条鱼", "一艘船", "一个苹果", "一朵云", "一张笑脸", "一匹马", "一道彩虹", "一个机器人"]
OUT_SHAPES = ["椭圆", "心形", "长方形", "椭圆形", "五边形", "八边形", "十字", "箭头", "月牙", "线条", "螺旋", "七边形",
              "梯形", "平行四边形"]
OUT_COLORS = ["白色", "黑色", "金色", "米色", "透明", "乳白色", "漆黑色"]
# Shapes the world cannot draw that it reads (``said.out_of_world_named``) but never says: its dialogues stay as they were.
READ_OUT_SHAPES = ["爱心", "桃心", "心心"]
READ_OUT_COLORS = ["彩虹色", "彩色", "七彩", "五颜六色", "五彩缤纷"]
# Names for a colour or shape that the world does not know (rare or made up): the reply asks back.
UNKNOWN_WORDS = {
    "color": ["品红", "胭脂色", "黛色", "赭石色", "绛色", "缃色", "藕荷色", "茜色", "黧色", "缥色", "彤色", "酡颜色",
              "咕噜色", "布灵色", "琥珀金"],
    "shape": ["葫芦形", "蝌蚪形", "云纹形", "如意形", "扇形", "花瓣形", "叶形", "咕噜形", "勾玉形", "瓜子形",
              "半月弧形"],
}
# Variant characters of one word: a word with either is never held out of training.
SPELLINGS = {"桔": "橘"}
OUT_CHAT = ["今天天气怎么样", "给我讲个笑话", "放首歌", "现在几点了", "帮我写首诗", "帮我订机票", "法国的首都是哪里"]
NUMBERS = {1: "一", 2: "两", 3: "三", 4: "四", 5: "五", 9: "九", 10: "十", 12: "十二"}

LEXICON: dict[str, list[str]] = {
    "pre": ["", "请", "好的，", "那", "现在", "嗯，", "然后", "接下来", "好，", "呃，", "那个，", "就是", "嗯嗯，", "emm，"],
    "post": ["", "吧", "一下", "好吗", "，谢谢", "哈", "啊", "呀", "哈哈", "嘛"],
    "can_you": ["能不能", "可以", "你能", "麻烦", "请你", "能否", "帮我", "可不可以"],
    "v_add": ["画", "绘制", "加", "添加", "放", "画上", "加上", "添上", "放上", "摆", "增加", "弄", "生成"],
    "v_rm": ["删除", "删掉", "去掉", "擦掉", "移除", "拿掉", "清除", "抹掉", "删去"],
    "v_make": ["改成", "变成", "换成", "涂成", "改为", "染成", "弄成"],
    "v_move": ["移到", "挪到", "放到", "移动到", "搬到", "拖到", "换到"],
    "all_n": ["全部", "所有图形", "所有的东西", "画面上的所有东西", "全部图形", "所有形状"],
    "pic_n": ["画面", "画布", "图", "画", "图片"],
    "shapes_n": ["图形", "形状", "东西", "物体"],
    "undo_core": ["撤销", "撤回", "返回上一步", "撤销上一步", "退回去", "回到上一步", "取消刚才的操作",
                  "撤销刚才的", "后退一步", "上一步"],
    "redo_core": ["重做", "恢复", "重做一次", "恢复刚才的", "取消撤销", "撤销刚才的撤销", "还原回来"],
    "greet_core": ["你好", "嗨", "您好", "早上好", "哈喽", "晚上好", "你好呀", "嘿"],
    "thanks_core": ["谢谢", "多谢", "谢啦", "谢谢你", "感谢", "太感谢了", "辛苦了"],
    "and": ["和", "，", "、", "还有", "跟", "以及"],
    "pron": ["它", "这个", "那个", "刚才那个", "这个图形", "它"],
    "dem": ["", "那个", "这个", ""],
    "one_n": ["图形", "那个", "形状", "东西", ""],
    "de": ["", "的"],
}
for _k, _v in SHAPE_WORDS.items():
    LEXICON[f"shape_{_k}"] = _v
for _k, _v in COLOR_WORDS.items():
    LEXICON[f"color_{_k}"] = _v
for _k, _v in SIZE_WORDS.items():
    LEXICON[f"size_{_k}"] = _v
    LEXICON[f"cmp_{_k}"] = COMPARATIVE[_k]
    LEXICON[f"too_{_k}"] = TOO[_k]
for _table, _prefix in ((PLACE, "at"), (AREA, "area"), (RELATION, "rel"), (RELATION_IT, "relit"),
                        (DIRECTION, "dir")):
    for _k, _v in _table.items():
        LEXICON[f"{_prefix}_{_k}"] = _v
LEXICON["out_thing"] = OUT_THINGS
LEXICON["out_shape"] = OUT_SHAPES
LEXICON["out_color"] = OUT_COLORS
LEXICON["out_chat"] = OUT_CHAT

TEMPLATES: dict[str, list[str]] = {
    "add": ["{pre}{v_add}{obj}{post}", "请{v_add}{obj}", "给我{v_add}{obj}", "帮我{v_add}{obj}", "再{v_add}{obj}", "来{obj}", "{obj}",
            "我想要{obj}", "{can_you}{v_add}{obj}", "{v_add}{obj}吧", "还要{obj}", "我要{obj}",
            "然后{v_add}{obj}", "{obj}，谢谢"],
    "add@place": ["{pre}在{place}{v_add}{obj}{post}", "在{place}给我{v_add}{obj}", "{v_add}{obj}在{place}", "{place}{v_add}{obj}",
                  "{can_you}在{place}{v_add}{obj}", "{obj}，{place}", "{place}：{obj}", "在{place}来{obj}",
                  "我想在{place}{v_add}{obj}", "{place}的位置{v_add}{obj}",
                  "帮我在{place}{v_add}{obj}吧", "往{place}{v_add}{obj}", "{obj}放在{place}", "{place}要{obj}",
                  "在{place}的地方{v_add}{obj}", "{place}再{v_add}{obj}"],
    "add_relative": ["{pre}在{relph}{v_add}{obj}{post}", "{relph}{v_add}{obj}", "{v_add}{obj}在{relph}",
                     "{can_you}在{relph}{v_add}{obj}", "在{relph}来{obj}", "{obj}放在{relph}",
                     "我想在{relph}{v_add}{obj}", "{relph}再{v_add}{obj}", "{relph}加{obj}吧", "{relph}：{obj}"],
    "add_relative@bare": ["{pre}在{relit}{v_add}{obj}{post}", "在{relit}{v_add}{obj}", "{relit}{v_add}{obj}",
                          "{can_you}在{relit}{v_add}{obj}", "{obj}放在{relit}", "再在{relit}{v_add}{obj}"],
    "remove": ["{pre}{v_rm}{ref}{post}", "帮我{v_rm}{ref}", "把{ref}{v_rm}", "把{ref}{v_rm}吧", "不要{ref}了", "{ref}不要了",
               "{can_you}把{ref}{v_rm}", "{ref}{v_rm}", "把{ref}拿走", "{ref}去掉吧",
               "我不想要{ref}了"],
    "recolor": ["{pre}把{ref}{v_make}{color}{post}", "给{ref}换成{color}", "把{ref}涂{color}", "{ref}{v_make}{color}", "让{ref}变{color}",
                "将{ref}的颜色改为{color}", "把{ref}的颜色换成{color}", "{ref}要{color}的",
                "{can_you}把{ref}{v_make}{color}", "{ref}换个颜色，{color}",
                "{ref}改用{color}"],
    "recolor@bare": ["{v_make}{color}", "变{color}", "{color}吧", "换成{color}", "改成{color}吧"],
    "resize@to": ["把{ref}改成{sz}的", "{ref}要{sz}的", "把{ref}换成{sz}号的", "{can_you}把{ref}改成{sz}的",
                  "{ref}改为{sz}号", "让{ref}变成{sz}的"],
    "resize@cmp": ["{pre}把{ref}{cmp}{post}", "让{ref}{cmp}", "{ref}{cmp}", "{ref}{cmp}吧", "{can_you}把{ref}{cmp}",
                   "{ref}太{too}了", "{ref}有点{too}，{cmp}", "把{ref}弄得{cmp}", "{ref}有点太{too}了"],
    "resize@bare": ["{cmp}", "{cmp}吧", "再{cmp}", "太{too}了", "它太{too}了", "还要{cmp}", "这个太{too}了"],
    "move@region": ["{pre}把{ref}{v_move}{place}{post}", "把{ref}放在{place}", "{ref}{v_move}{place}", "{ref}{v_move}{place}去",
                    "将{ref}{v_move}{place}", "{can_you}把{ref}{v_move}{place}",
                    "让{ref}去{place}", "{ref}换到{place}吧", "我想把{ref}{v_move}{place}", "{ref}应该在{place}"],
    "move@rel": ["把{ref}{v_move}{relph}", "{ref}{v_move}{relph}去", "把{ref}放在{relph}",
                 "{can_you}把{ref}{v_move}{relph}", "让{ref}去{relph}", "将{ref}移动到{relph}"],
    "move@dir": ["把{ref}往{dir}移", "{ref}往{dir}挪一下", "把{ref}向{dir}移动一格", "{ref}往{dir}移一格",
                 "{can_you}把{ref}往{dir}移", "让{ref}往{dir}走一格", "把{ref}往{dir}挪挪"],
    "move@bare": ["往{dir}移", "再往{dir}一点", "往{dir}挪一下", "向{dir}移一格", "往{dir}", "往{dir}移一点"],
    "clear": ["清空", "都删了吧", "{pre}清空{pic_n}{post}", "把{all_n}都{v_rm}", "{v_rm}{all_n}", "重新开始", "全部删掉",
              "清除{pic_n}", "从头再来", "{can_you}清空{pic_n}", "{pic_n}清空一下", "把{pic_n}擦干净"],
    "undo": ["{undo_core}", "{pre}{undo_core}{post}", "不对，{undo_core}", "哎呀，{undo_core}", "{can_you}{undo_core}",
             "{undo_core}吧", "刚才那步不要，{undo_core}", "算了，{undo_core}"],
    "redo": ["{redo_core}", "{pre}{redo_core}{post}", "还是{redo_core}吧", "{can_you}{redo_core}", "等等，{redo_core}",
             "算了，{redo_core}"],
    "count": ["画面里有几个{cq}", "现在有几个{cq}", "有多少个{cq}", "一共有几个{cq}", "{cq}有几个", "数一数有多少个{cq}",
              "{pic_n}上有多少{cq}", "{cq}一共多少个", "告诉我有几个{cq}", "{cq}的数量是多少"],
    "count@all": ["现在一共几个", "一共几个了", "总共有几个", "现在有几个了", "数一下一共几个", "一共多少个",
                  "现在多少个了", "{pic_n}上总共几个", "总数是多少", "加起来几个了"],
    "ask_color": ["{ref}是什么颜色", "{ref}是什么颜色的", "{ref}什么颜色", "{ref}的颜色是什么", "告诉我{ref}的颜色",
                  "{ref}是啥颜色", "你把{ref}画成什么颜色了", "{ref}现在是什么色"],
    "ask_where": ["{ref}在哪里", "{ref}在哪", "{ref}在什么位置", "{ref}在哪儿", "告诉我{ref}在哪",
                  "你把{ref}放在哪了", "{ref}在画面的哪个地方", "{ref}的位置在哪"],
    "ask_exists": ["有没有{eq}", "有{eq}吗", "画面里有{eq}吗", "{pic_n}上有没有{eq}", "你画了{eq}吗", "有{eq}没有",
                   "能看到{eq}吗", "现在有{eq}吗"],
    "describe": ["描述一下{pic_n}", "{pic_n}里有什么", "现在画了些什么", "说说现在的{pic_n}", "{pic_n}上都有什么",
                 "现在是什么样子", "告诉我{pic_n}里有哪些图形", "列出所有图形", "{can_you}描述一下{pic_n}", "目前画了什么"],
    "greet": ["{greet_core}", "{greet_core}，我们来画画吧", "{greet_core}！", "{greet_core}，我想画点东西",
              "{greet_core}，在吗"],
    "thanks": ["{thanks_core}", "好的，{thanks_core}", "太好了，{thanks_core}", "{thanks_core}，画得不错",
               "完美，{thanks_core}", "{thanks_core}！"],
    "help": ["你能做什么", "帮助", "你会画什么", "怎么用", "你能画哪些形状", "有哪些颜色可以用", "我该怎么说",
             "你都会些什么"],
    "out_of_world": ["{pre}{v_add}{thing}{post}", "{can_you}{v_add}{thing}", "我想要{thing}", "在{place}{v_add}{thing}",
                     "给我{v_add}{thing}", "{thing}，谢谢", "来{thing}", "帮我{v_add}{thing}吧"],
    "clarify": ["{ref}", "我是说{ref}", "{ref}吧", "就是{ref}", "我指的是{ref}", "是{ref}", "{ref}，谢谢",
                "我说的是{ref}", "当然是{ref}", "{ref}啦", "要{ref}"],
    "unknown_word": ["{pre}{v_add}{uobj}{post}", "{can_you}{v_add}{uobj}", "我想要{uobj}", "给我{v_add}{uobj}",
                     "来{uobj}", "帮我{v_add}{uobj}吧", "{uobj}，谢谢", "我要{uobj}"],
    "unknown_word@recolor": ["把{ref}{v_make}{ucolor}", "{ref}{v_make}{ucolor}", "把{ref}涂成{ucolor}",
                             "让{ref}变成{ucolor}", "{can_you}把{ref}{v_make}{ucolor}", "将{ref}的颜色改为{ucolor}"],
    "out_of_world@recolor": ["{pre}把{ref}{v_make}{out_color}{post}", "把{ref}涂成{out_color}的", "{ref}{v_make}{out_color}",
                             "{can_you}把{ref}{v_make}{out_color}", "我想要{out_color}的{ref}", "让{ref}变成{out_color}的",
                             "{ref}要{out_color}的", "把{ref}的颜色改成{out_color}", "给{ref}换成{out_color}",
                             "{ref}应该是{out_color}的"],
    "out_of_world@chat": ["{out_chat}", "{greet_core}，{out_chat}", "{can_you}告诉我{out_chat}", "请问{out_chat}"],
}

REPLIES: dict[tuple[str, str], str] = {
    ("add", "ok"): "好的，在{region}画了一个{name}。",
    ("add", "taken"): "{asked}已经有图形了，所以我把{name}放在了{region}。",
    ("add", "many"): "好的，{list}。",
    ("add_relative", "ok"): "好的，在{region}画了一个{name}。",
    ("remove", "ok"): "已删除{name}。",
    ("recolor", "ok"): "好的，{old}现在是{color}了。",
    ("recolor", "same"): "{old}已经是{color}了。",
    ("resize", "ok"): "好的，{old}现在变{size}了。",
    ("resize", "same"): "{old}已经是{size}的了。",
    ("move", "ok"): "好的，把{name}移到了{region}。",
    ("move", "taken"): "{asked}已经有图形了，所以我把{name}移到了{region}。",
    ("move", "same"): "{name}已经在{region}了。",
    ("move", "edge"): "{name}已经在最{side}边了，不能再往{dir}移。",
    ("move", "blocked"): "那里没有空位可以放{name}了。",
    ("clear", "ok"): "画面已清空。",
    ("clear", "same"): "画面已经是空的了。",
    ("undo", "ok"): "已撤销上一步。",
    ("undo", "none"): "没有可以撤销的操作。",
    ("redo", "ok"): "已重做。",
    ("redo", "none"): "没有可以重做的操作。",
    ("count", "one"): "画面里有{n}个{what}。",
    ("count", "many"): "画面里有{n}个{what}。",
    ("ask_color", "ok"): "它是{color}的。",
    ("ask_where", "ok"): "它在{region}。",
    ("ask_which", "ok"): "是{name}。",
    ("ask_exists", "one"): "有，在{region}。",
    ("ask_exists", "many"): "有，一共{n}个。",
    ("ask_exists", "none"): "没有。",
    ("describe", "ok"): "画面里有{n}个图形：{list}。",
    ("describe", "none"): "画面是空的。",
    ("greet", "ok"): "你好！告诉我你想画什么吧。",
    ("thanks", "ok"): "不客气！",
    ("help", "ok"): ("我可以画圆形、正方形、三角形、星形、菱形和六边形，有大有小，有十种颜色，"
                     "还可以移动、改颜色、改大小或删除它们。告诉我你想画什么吧。"),
    # Out of the world: the picture stays and the reply asks back (see phrasing_en.REPLIES).
    ("out_of_world", "ok"): "抱歉，这个我画不了：我能画红色、橙色、黄色、绿色、青色、蓝色、紫色、粉色、棕色或灰色的圆形、正方形、三角形、星形、菱形和六边形。你想让我画什么？",
    ("out_of_world", "color"): "抱歉，这个颜色我画不了：我能画红色、橙色、黄色、绿色、青色、蓝色、紫色、粉色、棕色或灰色的圆形、正方形、三角形、星形、菱形和六边形。你想要哪种颜色？",
    ("out_of_world", "shape"): "抱歉，这个形状我画不了：我能画红色、橙色、黄色、绿色、青色、蓝色、紫色、粉色、棕色或灰色的圆形、正方形、三角形、星形、菱形和六边形。你想要哪种形状？",
    ("unknown_word", "color"): "我不认识'{word}'这个颜色，你指的是哪种颜色？",
    ("unknown_word", "shape"): "我不认识'{word}'这个形状，你指的是哪种形状？",
    ("ambiguous", "ok"): "你指的是哪一个：{cands}？",
    ("missing", "ok"): "画面里没有{desc}。",
    ("missing", "area"): "画面里没有{desc}。",  # "画面里没有左边的图形。"
    ("missing", "it"): "我不确定你指的是哪个图形，能描述一下吗？",
    ("no_room", "full"): "画面已经满了：最多只能有8个图形。",
    ("no_room", "too_many"): "画面里只剩下{n}个空位了。",
    ("no_room", "side"): "{name}{rel}没有空位了。",
}
# Constructions beyond one act on one object (issue 20): numbers and lists, several instructions,
# corrections, several objects at once, reshape, copy, and questions the world answers from the scene.
CONSTRUCTION_LEXICON: dict[str, list[str]] = {
    "them_n": ["它们", "这些", "那些", "它们几个", "这几个"],
    "other_n": ["另一个", "另外那个", "另外一个", "另一个图形", "别的那个"],
    "not_that": ["不是这个", "不对，不是这个", "不是它", "弄错了，不是这个", "错了"],
    "both_n": ["两个", "这两个", "它们两个", "两个都"],
    "all_pre": ["所有的", "所有", "全部的", "每个"],
    "few_n": ["几个", "一些", "好几个", "一点", "若干个"],
    "then": ["，再", "，然后", "，接着", "，之后", "，再把"],
    "first_w": ["先", "首先", "", "第一步"],
    "no_pre": ["不对，", "不是，", "不，", "错了，", "不是这样，", "不对不对，"],
    "i_said": ["我说的是", "我要的是", "我是说", "我想要的是", "我刚才说的是"],
    "not_there": ["不是那里", "不是那儿", "位置不对", "不是这个位置"],
    "another_n": ["再来一个", "再画一个", "再加一个", "多画一个", "再来一个一样的"],
    "same_n": ["一样的", "同样的", "一模一样的", "相同的"],
    "v_reshape": ["改成", "变成", "换成", "改为"],
    "each_corner": ["每个角", "四个角", "每个角落", "四个角落"],
    "each_side": ["两边", "左右两边", "两侧", "左右两侧"],
    "how_big": ["多大", "是大的还是小的", "有多大", "是大是小"],
    "next_to_q": ["旁边有什么", "旁边是什么", "边上有什么", "周围有什么", "挨着的是什么"],
    "asp_higher": ["高", "更高", "靠上"], "asp_lower": ["低", "更低", "靠下"],
    "asp_left": ["靠左", "更靠左", "在左边"], "asp_right": ["靠右", "更靠右", "在右边"],
    "asp_bigger": ["大", "更大"], "asp_smaller": ["小", "更小"],
    "sup_higher": ["最高", "在最上面", "最靠上", "在上面"], "sup_lower": ["最低", "在最下面", "最靠下"],
    "sup_left": ["最靠左", "在最左边"], "sup_right": ["最靠右", "在最右边"],
    "sup_bigger": ["最大", "大"], "sup_smaller": ["最小", "小"],
    "is_rel_left_of": ["左边", "的左边", "左侧"], "is_rel_right_of": ["右边", "的右边", "右侧"],
    "is_rel_above": ["上面", "的上面", "上方"], "is_rel_below": ["下面", "的下面", "下方"],
    "is_rel_next_to": ["旁边", "的旁边", "边上"],
}
LEXICON.update(CONSTRUCTION_LEXICON)  # their held-out share is drawn apart (``dialogue.splits``)
TEMPLATES.update({
    "add_list@colors": ["{pre}{v_add}{nobj}：{colors}{post}", "{nobj}，{colors}", "{v_add}{nobj}，分别是{colors}",
                        "我要{nobj}，{colors}各一个", "{can_you}{v_add}{nobj}，{colors}", "{colors}的{pobj}各{v_add}一个",
                        "给我{v_add}{nobj}，颜色是{colors}"],
    # 先说个数，再一个一个说颜色："两个圆，一个红的一个蓝的"。
    "add_list@ones": ["{pre}{v_add}{nobj}，{ones}{post}", "{nobj}：{ones}", "{can_you}{v_add}{nobj}，{ones}",
                      "我要{nobj}，{ones}", "给我{v_add}{nobj}，{ones}", "{v_add}{nobj}，其中{ones}",
                      "来{nobj}，{ones}", "{nobj}，要{ones}"],
    "add_list@each": ["{pre}{v_add}{each}{post}", "{each}", "{can_you}{v_add}{each}", "我要{each}", "给我{v_add}{each}",
                      "来{each}"],
    "add_list@corners": ["{each_corner}各{v_add}一个{kobj}", "{each_corner}都{v_add}一个{kobj}", "每个角放一个{kobj}",
                         "在{each_corner}各{v_add}一个{kobj}", "{can_you}在{each_corner}各{v_add}一个{kobj}",
                         "{v_add}{nobj}，{each_corner}各一个", "{each_corner}放上{kobj}"],
    "add_list@sides": ["{each_side}各{v_add}一个{kobj}", "{each_side}都{v_add}一个{kobj}", "在{each_side}各{v_add}一个{kobj}",
                       "{v_add}{nobj}，{each_side}各一个", "{can_you}在{each_side}各{v_add}一个{kobj}",
                       "左边一个右边一个{kobj}"],
    "no_number": ["{pre}{v_add}{few_n}{pobj}{post}", "给我{v_add}{few_n}{pobj}", "{can_you}{v_add}{few_n}{pobj}",
                 "我要{few_n}{pobj}", "来{few_n}{pobj}", "再{v_add}{few_n}{pobj}"],
    "multi": ["{first_w}{first}{then}{second}", "{first}，{second}", "先{first}，再{second}", "{first}；{second}",
              "{first}，还有{second}", "{first}。{second}", "先{first}，然后{second}", "请先{first}，再{second}",
              "{first}以后，再{second}", "{first}，接着{second}吧", "首先{first}，其次{second}"],
    "correct@shape": ["{no_pre}{ashape}", "{i_said}{ashape}", "{no_pre}{i_said}{ashape}", "{no_pre}改成{ashape}",
                      "应该是{ashape}", "不是{oshape}，是{ashape}", "要{ashape}不要{oshape}"],
    "correct@color": ["{no_pre}{color}", "{i_said}{color}", "{no_pre}{i_said}{color}", "不是{ocolor}，是{color}",
                      "我要的是{color}的", "颜色不对，{color}"],
    "correct@dir": ["{not_there}，再往{dir}一点", "{no_pre}往{dir}", "{not_there}，往{dir}移", "{no_pre}再往{dir}",
                    "{not_there}，往{dir}挪一下", "再往{dir}点"],
    "correct@place": ["{i_said}{place}", "{not_there}，{place}", "{no_pre}{place}", "{no_pre}{i_said}{place}",
                      "{not_there}，我要放在{place}", "是{place}，不是{oplace}"],
    "correct@object": ["{not_that}，是{ref2}", "{no_pre}是{ref2}", "{i_said}{ref2}", "{not_that}，我说的是{ref2}",
                       "{no_pre}我要改的是{ref2}", "是{ref2}，不是这个"],
    "plural@recolor": ["{pre}把{refs}都{v_make}{color}{post}", "{refs}都{v_make}{color}", "把{refs}都涂成{color}",
                       "{can_you}把{refs}都{v_make}{color}", "让{refs}都变{color}", "{refs}都要{color}的",
                       "把{refs}全{v_make}{color}"],
    "plural@remove": ["{pre}把{refs}都{v_rm}{post}", "{refs}都{v_rm}", "{can_you}把{refs}都{v_rm}", "{refs}都不要了",
                      "把{refs}全{v_rm}", "{v_rm}{refs}"],
    "plural@resize": ["{pre}把{refs}都{cmp}{post}", "{refs}都{cmp}", "{can_you}把{refs}都{cmp}", "让{refs}都{cmp}",
                      "{refs}都太{too}了", "把{refs}都改成{sz}的"],
    "plural@move": ["{pre}把{refs}都往{dir}移{post}", "{refs}都往{dir}挪一下", "{can_you}把{refs}都往{dir}移",
                    "把{refs}全往{dir}移一格", "让{refs}都往{dir}走一格"],
    "reshape": ["{pre}把{ref}{v_reshape}{shape}{post}", "{ref}{v_reshape}{shape}", "{can_you}把{ref}{v_reshape}{shape}",
                "把{ref}换成{shape}", "让{ref}变成{shape}", "{ref}要改成{shape}", "我想把{ref}改成{shape}",
                "将{ref}改为{shape}", "{pre}把{ref}变成{shape}的{post}", "{ref}换成{shape}吧", "我要把{ref}变成{shape}",
                "{can_you}把{ref}换成{shape}", "让{ref}改成{shape}", "{ref}改一下，改成{shape}", "用{shape}替换{ref}",
                "把{ref}弄成{shape}"],
    # The shape named as a property of the object: "把它的形状改成星形".
    "reshape@shape": ["{pre}把{ref}的形状改成{shape}{post}", "{ref}的形状换成{shape}", "{can_you}把{ref}的形状变成{shape}",
                      "让{ref}的形状变成{shape}", "{ref}的形状要改成{shape}", "我想把{ref}的形状改为{shape}",
                      "把{ref}的样子改成{shape}", "{ref}的形状改一下，改成{shape}"],
    "copy": ["{another_n}", "{another_n}吧", "{pre}{another_n}{post}", "照{ref}{another_n}", "复制{ref}",
             "{can_you}复制一下{ref}", "再来一个和{ref}一样的", "把{ref}复制一个", "{another_n}{same_n}"],
    "copy@ref": ["{pre}复制一个{ref}{post}", "再来一个跟{ref}一样的", "把{ref}再复制一个", "照着{ref}{another_n}",
                 "{can_you}把{ref}复制一份", "再画一个跟{ref}一模一样的", "{ref}再来一个"],
    "copy@place": ["在{place}{another_n}", "把{ref}复制到{place}", "{place}{another_n}{same_n}",
                   "{can_you}在{place}复制一个{ref}", "在{place}再放一个和{ref}一样的", "{place}也来一个"],
    "copy@smaller": ["再来一个{same_n}，但是{cmp}", "{another_n}，{cmp}", "复制{ref}，但要{cmp}",
                     "再画一个{same_n}，{cmp}", "照{ref}再画一个，{cmp}"],
    "compare": ["{ref}和{ref2}哪个{aspect}", "哪个{aspect}，{ref}还是{ref2}", "{ref}跟{ref2}比，哪个{aspect}",
                "{ref}和{ref2}谁{aspect}", "告诉我{ref}和{ref2}哪个{aspect}", "{ref}还是{ref2}{aspect}"],
    "compare@all": ["哪个{sup}", "谁{sup}", "哪个图形{sup}", "哪一个{sup}", "告诉我哪个{sup}", "它们哪个{sup}"],
    "check": ["{ref}在{ref2}{is_rel}吗", "{ref}是不是在{ref2}{is_rel}", "{ref}在不在{ref2}{is_rel}",
              "{ref}在{ref2}{is_rel}对吧", "告诉我{ref}是否在{ref2}{is_rel}", "{ref}位于{ref2}{is_rel}吗"],
    "around": ["{ref}{next_to_q}", "{ref}的{next_to_q}", "告诉我{ref}{next_to_q}", "{ref}挨着哪些图形",
               "{ref}附近有什么", "和{ref}相邻的是什么"],
    "size_of": ["{ref}{how_big}", "{ref}是大还是小", "你把{ref}画成多大了", "告诉我{ref}的大小", "{ref}的大小是多少",
                 "{ref}大不大"],
})
REPLIES.update({
    ("no_number", "ok"): "你想要几个{what}？",
    ("plural", "recolor_ok"): "好的，{list}都改成了{color}。",
    ("plural", "recolor_same"): "它们已经是{color}了。",
    ("plural", "remove_ok"): "已删除{list}。",
    ("plural", "resize_ok"): "好的，{list}都变{size}了。",
    ("plural", "resize_same"): "它们已经是{size}的了。",
    ("plural", "move_ok"): "好的，{list}都往{dir}移了一格。",
    ("plural", "move_edge"): "有一个已经在最{side}边了，不能都往{dir}移。",
    ("plural", "move_blocked"): "没有空位把它们都往{dir}移。",
    ("reshape", "ok"): "好的，{old}现在是{shape}了。",
    ("reshape", "same"): "{old}已经是{shape}了。",
    ("reshape", "blocked"): "没有空间把{old}改成{shape}。",
    ("copy", "ok"): "好的，在{region}又画了一个{name}。",
    ("copy", "taken"): "{asked}已经有图形了，所以我把新的{name}放在了{region}。",
    ("copy", "smaller"): "好的，在{region}画了一个{name}。",
    ("compare", "ok"): "是{region}的{name}。",
    ("compare", "same"): "一样：{list}。",
    ("check", "yes"): "是的，{name}在{name2}{rel}。",
    ("check", "no"): "不是，{name}在{region}，{name2}在{region2}。",
    ("around", "ok"): "{name}旁边有：{list}。",
    ("around", "none"): "{name}旁边没有图形。",
    ("size_of", "ok"): "它是{size}的。",
})

REL_REPLY = {"left_of": "左边", "right_of": "右边", "above": "上面", "below": "下面", "next_to": "旁边"}
SIDE = {"left": "左", "right": "右", "up": "上", "down": "下"}
REGION_NAMES = {"top-left": "左上角", "top": "上方", "top-right": "右上角", "left": "左边", "center": "中间",
                "right": "右边", "bottom-left": "左下角", "bottom": "下方", "bottom-right": "右下角"}
SIZE_NAMES = {"small": "小", "large": "大"}


def region_name(region: str) -> str:
    return REGION_NAMES[region]


def object_name(size: str, color: str, shape: str) -> str:
    return f"{COLOR_WORDS[color][0]}{SIZE_NAMES[size]}{SHAPE_WORDS[shape][0]}"


def size_name(size: str) -> str:
    return SIZE_NAMES[size]


def direction_name(direction: str) -> str:
    return SIDE[direction]  # "不能再往左移": a step is said with the edge's word


def shapes_name(n: int) -> str:
    return "图形"


def quantity(p, count: int, noun: str = "") -> str:
    clf = "颗" if noun in ("星星", "五角星") and p.chance(0.3) else "个"
    if count > 1:
        return f"{NUMBERS.get(count, str(count)) if p.chance(0.8) else count}{clf}"
    r = p.random()
    return f"一{clf}" if r < 0.75 else "个" if r < 0.83 else "1个" if r < 0.87 else ""


def object_phrase(p, size, color, shape, count=1, region=None) -> str:
    """A new object: "一个红色的大圆形", "两个蓝色星星", "大的红色方块"."""
    noun = p.word(f"shape_{shape}")
    size_w = p.word(f"size_{size}") if size else ""
    color_w = p.word(f"color_{color}") if color else ""
    if size_w and color_w:
        # A bare size before a colour reads as a shade ("大红"), so the size then takes 的 or goes second.
        body = f"{color_w}{p.word('de')}{size_w}{noun}" if p.chance(0.5) else f"{size_w}的{color_w}{noun}"
    elif size_w or color_w:
        body = f"{size_w or color_w}{p.word('de')}{noun}"
    else:
        body = noun
    out = quantity(p, count, noun) + body
    return f"{p.word(f'at_{region}')}{out}" if region else out


def join(p, parts: list[str]) -> str:
    if len(parts) == 1:
        return parts[0]
    return p.word("and").join(parts[:-1]) + p.word("and") + parts[-1]


def ref_phrase(p, kind: str, f: dict) -> str:
    """A reference to objects already drawn: "那个红色的圆形", "左边那个", "大的", "它"."""
    if kind == "pron":
        return p.word("pron")
    shape = p.word(f"shape_{f['shape']}") if "shape" in f else ""
    size = p.word(f"size_{f['size']}") if "size" in f else ""
    color = p.word(f"color_{f['color']}") if "color" in f else ""
    if "area" in f:
        area = p.word("area_" + f["area"])
        return f"{area}{p.word('de')}{shape or p.word('one_n') or '那个'}"
    if not shape:
        one = p.word("one_n")
        mods = f"{color}{size}"
        return f"{mods}的{one}" if p.chance(0.6) else f"那个{mods}的"
    mods = (color + p.word("de") if color else "") + (size + (p.word("de") if not color else "") if size else "")
    return f"{p.word('dem')}{mods}{shape}"


def kind_phrase(p, f: dict, plural: bool) -> str:
    noun = p.word(f"shape_{f['shape']}") if "shape" in f else p.word("shapes_n")
    if "color" in f:
        color = p.word("color_" + f["color"])
        return f"{color}{p.word('de') if 'shape' in f else '的'}{noun}"
    return noun


AREA_PHRASE = {"left": "左边", "right": "右边", "top": "上方", "bottom": "下方"}


def area_phrase(area: str) -> str:
    """Where a description's area lies: "左边", "左上角"."""
    return AREA_PHRASE.get(area) or region_name(area)


def desc_name(f: dict) -> str:
    """A description as a noun phrase: "红色大圆形", "左边的图形"."""
    color = COLOR_WORDS[f["color"]][0] if "color" in f else ""
    size = SIZE_NAMES[f["size"]] if "size" in f else ""
    words = f"{color}{size}{SHAPE_WORDS[f['shape']][0] if 'shape' in f else '图形'}"
    return f"{area_phrase(f['area'])}的{words}" if "area" in f else words


def count_name(f: dict, n: int) -> str:
    noun = SHAPE_WORDS[f["shape"]][0] if "shape" in f else "图形"
    return f"{COLOR_WORDS[f['color']][0]}的{noun}" if "color" in f else noun


def out_phrase(p, kind: str, value: str) -> str:
    """Something the world cannot draw: "一条狗", "一个白色的圆形", "一个红色的心形"."""
    if kind == "thing":
        return p.word("out_thing")
    if kind == "color":
        return f"一个{p.word('out_color')}{p.word('de')}{p.word('shape_' + value)}"
    return f"一个{p.word('color_' + value)}{p.word('de')}{p.word('out_shape')}" if p.chance(0.7) \
        else f"一个{p.word('out_shape')}"


def unknown_word(prop: str, pick: float) -> str:
    """The unknown ``prop`` ("color" or "shape") word at ``pick`` in [0, 1): fixed, so a reply can quote it."""
    words = UNKNOWN_WORDS[prop]
    return words[min(int(pick * len(words)), len(words) - 1)]


def unknown_phrase(p, prop: str, pick: float, size, color, shape) -> str:
    """A request that names its ``prop`` with an unknown word: "一个品红的圆形", "一个红色的葫芦形";
    without a ``shape`` (a colour for an object already drawn) the word alone."""
    word = unknown_word(prop, pick)
    if shape is None:
        return word
    noun = word if prop == "shape" else p.word(f"shape_{shape}")
    color_w = word if prop == "color" else p.word(f"color_{color}") if color else ""
    size_w = p.word(f"size_{size}") if size else ""
    mods = f"{size_w}的{color_w}" if size_w and color_w else size_w or color_w
    return f"{quantity(p, 1)}{mods}{p.word('de') if mods else ''}{noun}"


ITEMS = {"add": "在{region}画了一个{name}", "describe": "{region}有一个{name}", "cand": "{region}的{name}"}


def list_phrase(item: str, named: list[tuple[str, str]]) -> str:
    """Objects listed in a reply: "左上角的红色大圆形还是中间的蓝色小圆形"."""
    parts = [ITEMS[item].format(name=n, region=r) for n, r in named]
    if item == "cand":
        return parts[0] if len(parts) == 1 else "、".join(parts[:-1]) + "还是" + parts[-1]
    return "，".join(parts)


# Slips of a pinyin input method: the right sound, the wrong characters (fuzzy sounds such as
# xin/xing included). None is a word the world knows: "星形" never becomes "心形" (a heart).
HOMOPHONES = {"圆形": ["园形", "元形"], "圆圈": ["园圈"], "蓝色": ["兰色", "篮色"], "红色": ["洪色", "宏色"],
              "正方形": ["正方型", "正方行"], "三角形": ["三角行", "三脚形"], "菱形": ["棱形", "零形"], "星形": ["星型"],
              "星星": ["猩猩"], "五角星": ["五角心"], "六边形": ["六变形", "六边行"], "方块": ["方快"],
              "绿色": ["滤色"], "黄色": ["皇色"], "紫色": ["子色"], "粉色": ["分色"], "橙色": ["成色", "城色"],
              "灰色": ["恢色", "会色"], "棕色": ["综色", "宗色"], "青色": ["清色", "轻色"], "颜色": ["言色"],
              "画一个": ["话一个", "化一个"], "删除": ["删出"], "撤销": ["撤消"], "左边": ["左变"], "右边": ["右变"],
              "中间": ["中见", "终间"], "移到": ["一到"]}
# Homophone slips people type that the world reads (``spelling.mend_slips``) but never types itself: its
# dialogues, and so every split, stay as they were.
READ_HOMOPHONES = {"六边形": ["六遍形", "六编形"], "左边": ["左遍", "坐边", "做边", "作边"], "右边": ["右遍", "又边"], "上边": ["上遍"],
                   "下边": ["下遍"], "左上角": ["坐上角", "左上脚", "做上角", "作上角"], "左下角": ["坐下角", "左下脚", "做下角", "作下角"], "菱形": ["菱型", "凌形", "菱行", "铃形", "灵形"],
                   "六角形": ["六角型", "六角行"], "方形": ["方型"], "圆": ["园"], "三角": ["三脚"], "再画": ["在画"],
                   "再来": ["在来"], "再加": ["在加"], "圆形": ["圆型", "原形", "圆行", "员形"], "绿色": ["律色", "虑色", "录色", "路色"], "棕色": ["粽色", "宗色", "综色"],
                   "右上角": ["右上脚", "有上角", "又上角"], "右下角": ["右下脚", "有下角", "又下角"], "正方形": ["正放形"],
                   "变小": ["变晓", "便小", "遍小"], "变大": ["便大", "遍大"], "小一点": ["晓一点"], "画一个": ["划一个"], "画个": ["划个"],
                   "星形": ["星行"], "五角星": ["五角猩"]}
for _c in "红橙黄绿青蓝紫粉棕灰":  # 紫涩, 红瑟: the 色 of every colour typed as a homophone
    READ_HOMOPHONES.setdefault(f"{_c}色", []).extend([f"{_c}涩", f"{_c}瑟"])
del _c
# Characters the pinyin input method offers for the same sound, first or near it, as people pick them in haste: a word
# of the world's typed with one of them (two in a word of three characters or more: "六变型", "昨上角", "在右下脚") is
# read as the word (``said_alike``). 心 is never offered for 星 (心形 is a heart), 有 for 右 (有边框), 虹 for 红 (彩虹色,
# rainbow), nor 放 for the 方 of 上方 and 下方 (往下放 is said), which are not listed.
SOUNDS_ALIKE = {"角": "脚叫交饺", "边": "变遍编便鞭", "形": "型行", "间": "见件建剑", "右": "又由佑", "左": "昨坐做作佐",
                "圆": "园元原员源缘", "菱": "凌陵灵铃零棱林", "方": "放芳房", "块": "快筷", "中": "钟终忠",
                "蓝": "篮兰拦岚", "红": "洪宏", "绿": "律虑录路率滤", "黄": "皇煌簧凰", "紫": "子字仔", "粉": "分份",
                "灰": "恢会辉挥徽", "橙": "成城程诚乘", "棕": "宗综粽踪", "青": "清轻请倾", "色": "涩瑟", "星": "新兴猩",
                "上": "尚"}
_ALIKE_WORDS = ["左边", "右边", "上边", "下边", "中间", "左上角", "右上角", "左下角", "右下角", "六边形", "三角形", "正方形",
                "圆形", "菱形", "星形", "方形", "六角形", "圆圈", "方块", "星星", "粉红色", *(f"{_c}色" for _c in "红橙黄绿青蓝紫粉棕灰")]


def said_alike(word: str) -> list[str]:
    """``word`` typed with one character (two, in a word of three or more) as another of the same sound
    (``SOUNDS_ALIKE``): "六边形" as "六变形", "六边型", "六变型"."""
    out = {word}
    for _ in range(1 if len(word) < 3 else 2):
        out |= {w[:k] + alike + w[k + 1:] for w in out for k, c in enumerate(w) for alike in SOUNDS_ALIKE.get(c, "")}
    return sorted(out - {word})


for _w in _ALIKE_WORDS:
    READ_HOMOPHONES.setdefault(_w, []).extend(s for s in said_alike(_w) if s not in READ_HOMOPHONES[_w])
del _w
# Words of their own that hold a homophone slip above: never mended ("橘子色", tangerine, is no "橘紫色").
NOT_SLIPS = ["橘子色", "桔子色", "栗子色", "柿子色", "茄子色", "椰子色", "桃子色", "杏子色", "梨子色", "柚子色", "李子色",
             "顺便小", "顺便大", "方便大", "方便小", "随便大", "随便小", "在画面", "在画纸", "在画布", "在画里", "在画中", "现在画", "现在来", "现在加", "正在画", "正在加", "还在画", "是在画"]
EMOJI = ["🙂", "😊", "👍", "🙏", "😅", "✨", "🎨", "😀", "❤️", "👀"]


# Characters a message still means the same without: a dropped one of these is a typo a reader
# skips over. Any other character (小, 左, 红, 不, 两, ...) may carry the meaning and is never dropped.
DROPPABLE = set("的了吧呢啊呀哦嘛啦个就也请帮我把给")


def noise(p, text: str, rate: float) -> str:
    """Typing noise on a ``rate`` of messages: a homophone, a dropped filler or a doubled character,
    sometimes with an emoji at the end."""
    if not p.chance(rate):
        return text
    text = _slip(p, text)
    return f"{text}{p.choice(EMOJI)}" if p.chance(0.15) else text


def _slip(p, text: str) -> str:
    hits = [w for w in HOMOPHONES if w in text]
    if hits and p.chance(0.7):
        w = p.choice(hits)
        return text.replace(w, p.choice(HOMOPHONES[w]), 1)
    if len(text) < 4:
        return text
    fillers = [i for i in range(1, len(text) - 1) if text[i] in DROPPABLE]
    if fillers and p.chance(0.5):
        i = p.choice(fillers)
        return text[:i] + text[i + 1:]
    i = p.randint(1, len(text) - 2)
    return text[:i] + text[i] + text[i:]


def finish(p, text: str, question: bool) -> str:
    """Punctuation as people type it (full- or half-width, often none)."""
    text = text.strip()
    if text.endswith(("？", "?", "！", "。")):
        return text
    r = p.random()
    if question:
        return text + ("？" if r < 0.7 else "?" if r < 0.85 else "")
    return text + ("。" if r < 0.35 else "！" if r < 0.45 else "~" if r < 0.48 else "")


ITEMS["them"] = "{region}的{name}"


def without_se(word: str) -> str:
    """A colour word without its "色" or "颜色" ("浅紫色": "浅紫", "灰颜色": "灰"); a word without one as it is."""
    return word.removesuffix("色").removesuffix("颜") or word


def construction_phrase(p, kind: str, v) -> str:
    """Words of the larger constructions (the kinds of ``phrasing_en.construction_phrase``):
    "三角形", "一个红色的星星", "三个小正方形", "红色的星星", "红色、绿色和蓝色",
    "一个红的、一个绿的和一个蓝的圆形", "这两个圆形", "所有红色的", "它们"."""
    if kind in ("ashape", "oshape"):
        word = p.word(f"shape_{v}")
        return f"一个{word}" if p.chance(0.2) else word
    if kind in ("aobj", "aobj2", "kobj", "pobj", "nobj"):
        size, color, shape = v[:3]
        if kind == "nobj":
            return object_phrase(p, size, color, shape, v[3])
        if kind in ("kobj", "pobj"):  # the bare noun phrase, without the quantity
            return object_phrase_bare(p, size, color, shape)
        return object_phrase(p, size, color, shape, 1)
    if kind == "colors":
        return join(p, [p.word(f"color_{c}") for c in v])
    if kind == "ones":  # "一个红的、一个绿的和一个蓝的" / "一个红色，一个蓝色"
        de = "的" if p.chance(0.6) else ""
        parts = [f"一个{p.word(f'color_{c}')}{de}" for c in v]
        sep = "，" if p.chance(0.5) else "、"
        last = "和" if len(parts) > 1 and p.chance(0.5) else sep
        return sep.join(parts[:-1]) + last + parts[-1] if len(parts) > 1 else parts[0]
    if kind == "each":
        size, colors, shape = v
        # "一个浅紫的": a colour word without its 色 ("浅紫色", never its first character alone: "浅")
        parts = [f"一个{without_se(p.word(f'color_{c}')) if p.chance(0.5) else p.word(f'color_{c}')}的" for c in colors]
        return join(p, parts) + (SIZE_WORDS[size][0] if size else "") + p.word(f"shape_{shape}")
    if kind == "other":  # "另一个", "另一个圆形"
        return f"另一个{p.word(f'shape_{v}')}" if p.chance(0.4) else p.word("other_n")
    if kind == "refs":
        what, f, n = v
        if what == "them":
            return p.word("both_n") if n == 2 and p.chance(0.4) else p.word("them_n")
        if what == "all":
            return p.word("all_n")
        body = object_phrase_bare(p, f.get("size"), f.get("color"), f["shape"]) if "shape" in f \
            else f"{p.word('color_' + f['color']) if 'color' in f else SIZE_WORDS[f['size']][0]}的"
        if n == 2 and p.chance(0.35):
            return f"两个{body}" if "shape" in f else f"这两个{body}"
        return f"{p.word('all_pre')}{body}" if p.chance(0.6) else body
    raise KeyError(kind)


def object_phrase_bare(p, size, color, shape) -> str:
    """A kind of object without a quantity: "红色的小星星", "圆形"."""
    noun = p.word(f"shape_{shape}")
    size_w = p.word(f"size_{size}") if size else ""
    color_w = p.word(f"color_{color}") if color else ""
    if size_w and color_w:
        return f"{color_w}{p.word('de')}{size_w}{noun}" if p.chance(0.5) else f"{size_w}的{color_w}{noun}"
    if size_w or color_w:
        return f"{size_w or color_w}{p.word('de')}{noun}"
    return noun
