using System.Collections.Frozen;
using System.Security.Cryptography;
using System.Text;

namespace PledgeBot.Dialogs.Safety.Classifier;

/// <summary>Word classes the classifier reads beside the words themselves: a message about "thuốc chuột" and one about
/// "pills" both carry <c>method</c>, "mẹ" and "stepdad" both carry <c>family</c>. The model also sees every pair of
/// classes in a message (<c>family+harm</c>, <c>death+game</c>), which a linear model over single words cannot form:
/// that is how it can tell "bố đánh em" from "em đánh boss" without having seen either. The classes describe
/// meaning, not verdicts; the model learns from the corpus what each class and pair is worth. Matched on the folded
/// form (no diacritics, teen-speak expanded), whole words only; fixed in code like the teen-speak table, because the
/// shipped model was trained on exactly these classes (their fingerprint is part of the corpus hash).</summary>
public static class RiskConcepts
{
    private static readonly (string Concept, string Phrases)[] s_classes =
    [
        ("death", "chet|tu tu|tu sat|ket lieu|ket thuc cuoc doi|ket thuc tat ca|bien mat|khong con tren doi|ra di|qua doi|khong muon song|het muon song|song lam gi|khong thiet song|die|dead|death|dying|suicide|suicidal|kill myself|end it|end my life|unalive|not be here|disappear|gone forever|no longer here|chet quach|de chet|tu ket lieu"),
        ("farewell", "vinh biet|tam biet|bye|goodbye|bye bye|lan cuoi|cuoi cung|last|final|di day|di nhe|di thoi|mai mai|forever|xin loi vi tat ca|xin loi me|xin loi bo|sorry for everything|love you all|thuong moi nguoi|nho moi nguoi|thu de lai|la thu|letter|note|di xa|khong gap lai|see you never|cho do dac|tang lai|give away|my stuff"),
        ("method", "thuoc|thuoc ngu|thuoc chuot|thuoc tru sau|vi thuoc|vien|pills|pill|overdose|od|dao lam|dao|rach|cat tay|cut|cutting|day thung|rope|treo co|cau|bridge|san thuong|rooftop|roof|tang thuong|nhay|jump|river|duong ray|tau hoa|train tracks|poison|thuoc doc|xang|bleach|khi ga|gas|noose|razor|blade|cliff|vuc|nhay song|nhay cau|tram song|dot than"),
        ("hurt", "danh|dam|chem|dot|bop co|siet co|tra tan|hanh ha|dap|dam vao|dap vao|dot thuoc la|beat|beats|beating|hit|hits|punch|punched|slap|slapped|stab|stabbed|burn|burns|burned|choke|choked|kick|kicked|strangle|hurt|hurts|bruise|bruises|bam tim|u dau|chay mau|bleeding|blood|vet thuong|seo|scar|scars|gay tay|broken|tat vao mat|tat axit"),
        ("weapon", "dao|kiem|sung|gun|knife|knives|axit|acid|xa beng|machete|ma tau|gach|brick|kim tiem|emoweapon"),
        ("family", "bo|me|cha|dad|mom|mum|mother|father|parent|parents|bo me|bo duong|me ke|di ghe|bo ghe|stepdad|stepmom|step dad|step mom|anh trai|chi gai|chu|bac|ong|ba noi|ba ngoai|uncle|aunt|brother|sister|grandpa|grandma|gia dinh|family|nguoi nha|ho hang|relative|cousin|anh ho|chu ruot|cau ruot|di ruot"),
        ("home", "nha|o nha|home|house|phong|room|phong ngu|bedroom|ve nha|tro|phong tro|ky tuc xa|dorm"),
        ("confine", "nhot|khoa cua|khoa trong|bi khoa|locked|lock me|locks me|khong cho ra|khong cho an|bo doi|starve|starving|khong cho hoc|bat nghi hoc|bat di lam|duoi ra khoi nha|duoi di|kicked out|thrown out|trap|trapped|khong cho ve"),
        ("sexual", "anh nong|clip nong|nude|nudes|naked|khoa than|khong mac do|cởi do|coi do|coi ao|sex|sexual|tinh duc|chat sex|sexting|sexy|nhay cam|vung kin|nguc|than the|body|dick|boobs|cham vao nguoi|so mo|touch me|touched me|sờ|hiep dam|rape|raped|quay len|record|recorded|webcam|video call sex|deepfake|ghep mat|ghep anh"),
        ("leak", "phat tan|dang len|dang len mang|gui cho|gui cho ca lop|post|share|leak|leaked|expose|send to|send them|public|cong khai|lan truyen|spread|viral|group chat|ca truong|ca lop|whole school|tung anh|tung clip|tung len|tung video"),
        ("threat", "doa|de doa|neu khong|khong thi|unless|or else|otherwise|threaten|threatened|threatens|blackmail|tong tien|ep|bat buoc|force|forced|forcing|phai lam theo|se bi|you will regret|coi chung|liu hon|biet tay|wait and see|xu dep"),
        ("money", "tien|chuyen khoan|chuyen tien|money|pay|paid|payment|transfer|the cao|nap|nap game|top up|topup|bank|ngan hang|tai khoan|stk|vi dien tu|momo|zalopay|crypto|usdt|dat coc|deposit|phi|fee|trieu|nghin|k tien"),
        ("code", "otp|ma otp|ma xac nhan|ma xac thuc|verification code|code|mat khau|password|ma pin|cccd|can cuoc|id card|passport|ho chieu|mo tai khoan|open an account|new account|tai khoan moi|ekyc|xac minh khuon mat|face verification"),
        ("authority", "cong an|police|policeman|canh sat|vien kiem sat|kiem sat vien|toa an|prosecutor|court|bo cong an|can bo|dieu tra|investigator|investigation|co quan chuc nang|an ninh|security ministry|interpol|luat su|lawyer|judge|tham phan|ngan hang nha nuoc|nha mang|telecom"),
        ("accused", "nghi pham|lien quan|rua tien|money laundering|launder|suspect|suspected|duong day|vu an|bat giam|arrest|arrested|truy na|lenh bat|warrant|pham toi|crime|criminal|ma tuy|drugs|trafficking|buon nguoi|phong toa|freeze|frozen|bi khoa tai khoan"),
        ("isolate", "khach san|hotel|homestay|nha nghi|motel|mot minh|alone|by myself|on my own|rieng|private|khong duoc noi|khong duoc ke|dung ke|dung noi|dont tell|don t tell|do not tell|bi mat|secret|giu bi mat|keep it secret|our secret|xoa tin nhan|xoa lich su|delete|deleted|delete the chat|an danh|telegram|signal|app khac|app rieng|another app|tat dinh vi|turn off location|khong cho ai biet|nobody knows|no one knows|giau bo me|hide from|tat dien thoai|camera|bat camera|camera all day|goi video lien tuc|canh giu"),
        ("stranger", "nguoi la|stranger|strangers|quen tren mang|quen qua mang|online friend|met online|ban tren mang|anh kia|chu kia|ong kia|thang cha|ong chu|older|older guy|older man|adult|nguoi lon|lon hon|hon tuoi|30 tuoi|40 tuoi|ong gia|man|guy|dude|someone|ai do|mot nguoi|nguoi nay|nguoi do|tai khoan la|acc la|random|account|admin|idol|manager|quan ly|tuyen dung|recruiter|modeling|agency"),
        ("gift", "tang qua|gift|gifts|skin|skins|kim cuong|diamonds|robux|vbucks|uc|quan huy|nap game cho|top up for me|bought me|buy me|mua cho|mua do cho|cho tien|gave me money|tien tieu|iphone|dien thoai moi|new phone|treat|bao an|qua tang|mua qua|tien qua"),
        ("meet", "gap|gap mat|gap rieng|meet|meet up|meeting|hen|hen ho|date|di choi|don em|pick me up|pick up|xe don|den nha|come over|ra ngoai|di cung|di voi|dia chi|address|location|dinh vi|o dau|where do you live|where are you|ra don|don toi"),
        ("job", "viec|viec nhe|luong cao|viec nhe luong cao|lam viec|lam them|job|jobs|work|working|part time|campuchia|cambodia|myanmar|thai lan|thailand|nuoc ngoai|abroad|overseas|ve may bay|flight|visa|xuat khau lao dong|bao an o|casino|online job|cong tac vien|ctv|like dao|nhiem vu|task|tasks|hoa hong|commission"),
        ("mock", "che gieu|cuoi nhao|tay chay|co lap|noi xau|body shame|beo|xau|mock|mocking|laugh at|laughed at|laughing at|bully|bullied|bullying|bat nat|troll|fake account|acc clone|acc gia|gia mao|mao danh|edit anh|meme|chui|chui boi|insult|insulted|humiliate|humiliated|nhuc ma|ghet|hate|hates|everyone hates|ai cung ghet|ke thu|vote|xep hang|rank|confession|bia dat|rumor|rumors|tin don|che bai|bi che|che cuoi"),
        ("fear", "so qua|scared|afraid|terrified|hoang|hoang so|panic|run ro|lo lang|worried|nervous|khoc|cry|crying|emocry|emofear|emosad|cuu|cuu em|cuu toi|help|help me|sos|tro giup|giup|giup em|giup voi|bao dong|emergency|khan cap|nguy hiem|danger|dangerous|unsafe|khong an toan|em so|so lam|rat so|so hai|so chet|lo qua"),
        ("sad", "buon|chan|chan nan|met moi|kiet suc|trong rong|co don|lonely|alone|sad|depressed|tram cam|vo dung|useless|worthless|ganh nang|burden|nhe nhom|relieved|better off|khong ai can|nobody cares|no one cares|khong ai hieu|that vong|tuyet vong|hopeless|empty|numb|te liet|ton thuong|hurt inside|toi te|stupid|vo gia tri|met|tired|exhausted|so done|done|buon ngu"),
        ("now", "bay gio|ngay bay gio|luc nay|hien tai|dang|now|right now|rn|tonight|toi nay|dem nay|sang mai|mai|tomorrow|lat nua|later today|sap|soon|about to|o day|here|dang dung|dang ngoi|standing|sitting|currently|tu nay|chuan bi|ready|san sang|ngay lap tuc"),
        ("game", "game|boss|level|lv|rank|map|skin|lien quan|free fire|ff|pubg|roblox|minecraft|valorant|lol|genshin|tft|tran|match|headshot|kill|kills|mob|quai|nhan vat|character|player|team|squad|bot|noob|ban sung|shoot|shooting|respawn|hoi sinh|zombie|gamer|streamer"),
        ("school", "hoc|truong|lop|co giao|co chu nhiem|giao vien|teacher|class|school|bai|bai tap|homework|de thi|kiem tra|exam|test|quiz|diem|grade|grades|mon|subject|gdcd|anh van|bai hoc|lesson|thuyet trinh|presentation|hoc them|tuition|dai hoc|uni|university|college|ky tuc xa|de kiem tra|de kho|mon toan|hoc toan|thay giao|thay co"),
        ("media", "phim|film|movie|series|truyen|story|novel|manga|anime|bai hat|nhac|music|lyrics|ca si|tin tuc|news|article|doc bao|xem tin|documentary|phong su|video tren mang|kenh|youtube|podcast|sach|book|nhan vat chinh|character|dien vien|actor|trend|tiktok trend|kich ban|script|role play|roleplay"),
        ("past", "nam ngoai|nam truoc|hoi truoc|hoi nho|ngay xua|truoc day|luc truoc|hoi lop|nam lop|last year|years ago|used to|back then|when i was|in middle school|da tung|da qua|xong roi|giai quyet xong|da giai quyet|sorted|solved|resolved|settled|het roi|on roi|khong sao|ok roi|fine now|im fine|now im|bay gio on|qua roi"),
        ("joke", "dua|dua thoi|dua ti|joke|joking|kidding|jk|lol|lmao|haha|hihi|hehe|kkk|emolaugh|vui|funny|hai huoc|meme|troll thoi|ghẹo|gheo|trêu|treu"),
        ("everyday", "com|bun|pho|tra sua|bubble tea|nau an|cooking|cook|nau|rua bat|don nha|chores|giat do|laundry|sleep|shower|di cho|shopping|mua sam|sieu thi|shipper|giao hang|delivery|cho meo|meo|dog|pet|thu cung|chim|bird|sau|con sau|bug|gián|gian|mouse|flower|cay|tree|da lat|du lich|trip|travel|cam trai|camping|beach|ho boi|be boi|pool|swim|swimming|the thao|sport|da bong|football|soccer|bong ro|basketball|gym|martial|karate|taekwondo|boxing|an com|an sang|an toi|an trua|di bien|di boi|hoc vo|di ngu|di tam|con cho|con meo"),
        ("medical", "bac si|doctor|benh vien|hospital|don thuoc|prescription|theo don|ha sot|sot|fever|cum|flu|dau dau|headache|vitamin|thuoc bo|thuoc cam|paracetamol|panadol|tiem|vaccine|kham|checkup|rang|dentist|nieng rang|glasses|dau bung|stomach|da lieu|skin care|bi cam|cam cum|dau mat"),
        ("negation", "khong|chua|chang|dau co|never|not|dont|don t|no|nope|khong he|stop|no longer|not anymore|khong con nua"),
        ("friend", "ban|ban than|friend|friends|best friend|bff|bestie|ban cung lop|classmate|ban gai|ban trai|girlfriend|boyfriend|nguoi yeu|crush|ny|ex|nguoi yeu cu|ex boyfriend|ex girlfriend"),
        ("self", "em|minh|toi|tao|i|me|my|myself|i am|con|chau"),
    ];

    private static readonly FrozenDictionary<string, (string[] Words, string Concept)[]> s_byFirstWord = Build();

    /// <summary>Changes whenever a class or phrase changes, so the shipped model reads as stale until retrained.</summary>
    public static string Fingerprint { get; } = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(
        string.Join('\n', s_classes.Select(c => c.Concept + "\t" + c.Phrases)))))[..16];

    /// <summary>The classes in the folded text and every pair of them, as words the featuriser reads.</summary>
    public static string Of(string folded)
    {
        ArgumentNullException.ThrowIfNull(folded);
        var words = folded.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var found = new SortedSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < words.Length; i++)
        {
            if (!s_byFirstWord.TryGetValue(words[i], out var candidates))
            {
                continue;
            }

            foreach (var (phrase, concept) in candidates)
            {
                if (Matches(words, i, phrase))
                {
                    found.Add(concept);
                }
            }
        }

        if (found.Count == 0)
        {
            return "noconcept";
        }

        var builder = new StringBuilder();
        var list = found.ToArray();
        for (var a = 0; a < list.Length; a++)
        {
            builder.Append(list[a]).Append(' ');
            for (var b = a + 1; b < list.Length; b++)
            {
                builder.Append(list[a]).Append('x').Append(list[b]).Append(' ');
            }
        }

        return builder.ToString(0, builder.Length - 1);
    }

    private static bool Matches(string[] words, int start, string[] phrase)
    {
        if (start + phrase.Length > words.Length)
        {
            return false;
        }

        for (var k = 1; k < phrase.Length; k++)
        {
            if (!string.Equals(words[start + k], phrase[k], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private static FrozenDictionary<string, (string[] Words, string Concept)[]> Build()
    {
        var map = new Dictionary<string, List<(string[] Words, string Concept)>>(StringComparer.Ordinal);
        foreach (var (concept, phrases) in s_classes)
        {
            foreach (var phrase in phrases.Split('|'))
            {
                var words = RiskText.Folded(phrase).Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (words.Length == 0)
                {
                    continue;
                }

                if (!map.TryGetValue(words[0], out var list))
                {
                    map[words[0]] = list = [];
                }

                list.Add((words, concept));
            }
        }

        return map.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
    }
}
