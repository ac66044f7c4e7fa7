namespace PledgeBot.Tests.Flows.Pledge.Provinces;

/// <summary>The 34 units of Resolution 202/2025/QH15 (since 1 July 2025) written out by hand with their ASCII forms, aliases
/// and former provinces, and the short forms that must be confirmed. The shipped content is checked against it.</summary>
public static class ProvinceTable
{
    public static IReadOnlyList<ProvinceRow> Units { get; } =
    [
        new("ha-noi", "TP. Hà Nội", "north", "ha noi", ["hn", "hanoi", "thu do"], []),
        new("hai-phong", "TP. Hải Phòng", "north", "hai phong", ["hp", "haiphong"], ["Hải Dương"]),
        new("lai-chau", "Lai Châu", "north", "lai chau", [], []),
        new("dien-bien", "Điện Biên", "north", "dien bien", [], []),
        new("son-la", "Sơn La", "north", "son la", [], []),
        new("lang-son", "Lạng Sơn", "north", "lang son", [], []),
        new("cao-bang", "Cao Bằng", "north", "cao bang", [], []),
        new("quang-ninh", "Quảng Ninh", "north", "quang ninh", ["ha long"], []),
        new("tuyen-quang", "Tuyên Quang", "north", "tuyen quang", [], ["Hà Giang"]),
        new("lao-cai", "Lào Cai", "north", "lao cai", ["sa pa"], ["Yên Bái"]),
        new("thai-nguyen", "Thái Nguyên", "north", "thai nguyen", [], ["Bắc Kạn"]),
        new("phu-tho", "Phú Thọ", "north", "phu tho", ["viet tri"], ["Vĩnh Phúc", "Hòa Bình"]),
        new("bac-ninh", "Bắc Ninh", "north", "bac ninh", [], ["Bắc Giang"]),
        new("hung-yen", "Hưng Yên", "north", "hung yen", [], ["Thái Bình"]),
        new("ninh-binh", "Ninh Bình", "north", "ninh binh", [], ["Hà Nam", "Nam Định"]),
        new("thanh-hoa", "Thanh Hóa", "centre", "thanh hoa", ["thanh hoá"], []),
        new("nghe-an", "Nghệ An", "centre", "nghe an", ["vinh"], []),
        new("ha-tinh", "Hà Tĩnh", "centre", "ha tinh", [], []),
        new("quang-tri", "Quảng Trị", "centre", "quang tri", ["dong hoi"], ["Quảng Bình"]),
        new("hue", "TP. Huế", "centre", "hue", ["thua thien hue", "tth"], []),
        new("da-nang", "TP. Đà Nẵng", "centre", "da nang", ["danang", "hoi an"], ["Quảng Nam"]),
        new("quang-ngai", "Quảng Ngãi", "centre", "quang ngai", [], ["Kon Tum"]),
        new("gia-lai", "Gia Lai", "centre", "gia lai", ["pleiku", "quy nhon"], ["Bình Định"]),
        new("dak-lak", "Đắk Lắk", "centre", "dak lak", ["daklak", "dac lac", "buon ma thuot"], ["Phú Yên"]),
        new("khanh-hoa", "Khánh Hòa", "centre", "khanh hoa", ["nha trang", "phan rang"], ["Ninh Thuận"]),
        new("lam-dong", "Lâm Đồng", "centre", "lam dong", ["da lat", "phan thiet"], ["Đắk Nông", "Bình Thuận"]),
        new("ho-chi-minh", "TP. Hồ Chí Minh", "south", "ho chi minh",
            ["hcm", "tphcm", "tp hcm", "hcmc", "sai gon", "saigon", "sg", "vung tau", "brvt", "thu dau mot"], ["Bình Dương", "Bà Rịa–Vũng Tàu"]),
        new("can-tho", "TP. Cần Thơ", "south", "can tho", [], ["Sóc Trăng", "Hậu Giang"]),
        new("dong-nai", "Đồng Nai", "south", "dong nai", ["bien hoa"], ["Bình Phước"]),
        new("tay-ninh", "Tây Ninh", "south", "tay ninh", ["tan an"], ["Long An"]),
        new("vinh-long", "Vĩnh Long", "south", "vinh long", [], ["Bến Tre", "Trà Vinh"]),
        new("dong-thap", "Đồng Tháp", "south", "dong thap", ["my tho"], ["Tiền Giang"]),
        new("an-giang", "An Giang", "south", "an giang", ["rach gia", "phu quoc"], ["Kiên Giang"]),
        new("ca-mau", "Cà Mau", "south", "ca mau", [], ["Bạc Liêu"]),
    ];

    /// <summary>The ambiguous short forms and the places each may mean, by the names this table gives.</summary>
    public static IReadOnlyDictionary<string, string[]> ShortForms { get; } = new Dictionary<string, string[]>
    {
        ["dn"] = ["TP. Đà Nẵng", "Đồng Nai", "Đắk Nông"],
        ["qn"] = ["Quảng Ninh", "Quảng Nam", "Quảng Ngãi"],
        ["bd"] = ["Bình Dương", "Bình Định"],
        ["bt"] = ["Bình Thuận", "Bến Tre"],
        ["tn"] = ["Thái Nguyên", "Tây Ninh"],
        ["hg"] = ["Hà Giang", "Hậu Giang"],
        ["la"] = ["Long An", "Lai Châu"],
    };

    public static ProvinceRow Unit(string id) => Units.Single(unit => unit.Id == id);

    /// <summary>The unit a place of this table belongs to: itself, or the unit a former province is now part of.</summary>
    public static string UnitOf(string placeName) =>
        Units.Single(unit => unit.Name == placeName || unit.Former.Contains(placeName)).Id;
}
