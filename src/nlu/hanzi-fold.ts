// Traditional Chinese folded to simplified, character by character, for the crisis layer's matching and
// features: a resident in Taiwan or Hong Kong writes 殺/們/醫 where the forms and the model were mostly
// written with 杀/们/医. A small table (the characters of danger, people, places and everyday words),
// not a converter: word-level conversion (opencc) is far larger than this layer needs, and a character
// that is missing here only costs the forms written in its simplified spelling.

const TRADITIONAL =
  '們個這說話會來時對沒裡裏麼幫醫殺還媽爺兒東見點開關門電車後無與從當樣讓現過頭應該經樓聽氣動為爲嗎號碼報給訴認識覺愛憂鬱絕' +
  '腦臟藥體傷燒燙劃橋陽臺颱國語謝請問題難隨錢債貸銀帳費買賣幾歲孫婦傳訊聯絡視親鄰區鎮縣處實際準備書寫遺囑別離結終輕鬆嚴緊護' +
  '鐘鐵軌線繩條槍彈暈發痙攣嗆嚨斷劇悶壓臉痺嚥誤潔劑農顆災煙濃風鎖罵脅蹤闖進搶竊學園師員職場單獨糾紛擾煩惱負擔辦廢誰乾徹淨遠' +
  '諒機帶領錯種類論議選擇決計爐長輩嬤癡繫係覆紙積滿異狀況剛馬趕託張懼慮驚嚇顫淚聲廳廁頂邊緣欄懸務繳稅補證資詢諮導覽記錄頁網' +
  '價貴錶燈熱溫涼凍飯餓飽癮賭遊戲節聞讀畫圖歡樂興壞惡兇鬧衝爭執鬥毆擊綁監餵養顧糧勞僱傭術專業產嬰寶夢膠貼縫攢夠飲觸間簡復雜' +
  '習慣髮鬍須麵穀隻兩萬億週歷曆層廣龍鳥魚雞貓豬飛塊衛戰軍隊勢態變轉換續齊靜濟義讚標誌紀織編統紅綠藍黃顏鮮豔陰雲霧濕險脫捲'
const SIMPLIFIED =
  '们个这说话会来时对没里里么帮医杀还妈爷儿东见点开关门电车后无与从当样让现过头应该经楼听气动为为吗号码报给诉认识觉爱忧郁绝' +
  '脑脏药体伤烧烫划桥阳台台国语谢请问题难随钱债贷银账费买卖几岁孙妇传讯联络视亲邻区镇县处实际准备书写遗嘱别离结终轻松严紧护' +
  '钟铁轨线绳条枪弹晕发痉挛呛咙断剧闷压脸痹咽误洁剂农颗灾烟浓风锁骂胁踪闯进抢窃学园师员职场单独纠纷扰烦恼负担办废谁干彻净远' +
  '谅机带领错种类论议选择决计炉长辈嬷痴系系复纸积满异状况刚马赶托张惧虑惊吓颤泪声厅厕顶边缘栏悬务缴税补证资询咨导览记录页网' +
  '价贵表灯热温凉冻饭饿饱瘾赌游戏节闻读画图欢乐兴坏恶凶闹冲争执斗殴击绑监喂养顾粮劳雇佣术专业产婴宝梦胶贴缝攒够饮触间简复杂' +
  '习惯发胡须面谷只两万亿周历历层广龙鸟鱼鸡猫猪飞块卫战军队势态变转换续齐静济义赞标志纪织编统红绿蓝黄颜鲜艳阴云雾湿险脱卷'

const TABLE = new Map([...TRADITIONAL].map((t, i) => [t, [...SIMPLIFIED][i]!]))
const ANY_TRADITIONAL = new RegExp(`[${TRADITIONAL}]`, 'u')

/** The text with every traditional character the table knows replaced by its simplified form. */
export const toSimplified = (s: string): string =>
  ANY_TRADITIONAL.test(s) ? [...s].map((ch) => TABLE.get(ch) ?? ch).join('') : s
