using PledgeBot.Dialogs.Safety;

namespace PledgeBot.Tests.Safety;

[Trait(TestCategory.Name, TestCategory.Unit)]
public sealed class PiiRedactorTests
{
    [Theory]
    [InlineData("số mình là 0912345678 nhé", "0912345678")]
    [InlineData("gọi 0912 345 678", "0912 345 678")]
    [InlineData("sdt: 0912.345.678", "0912.345.678")]
    [InlineData("zalo 0912-345-678", "0912-345-678")]
    [InlineData("call +84 912 345 678", "+84 912 345 678")]
    [InlineData("call +84912345678", "+84912345678")]
    [InlineData("số 84912345678", "84912345678")]
    [InlineData("(+84) 912 345 678", "912 345 678")]
    [InlineData("+84 (0) 912 345 678", "912 345 678")]
    [InlineData("0084 912 345 678", "912 345 678")]
    [InlineData("máy bàn 024 3825 1234", "024 3825 1234")]
    [InlineData("(028) 3829 1234", "3829 1234")]
    [InlineData("02838291234", "02838291234")]
    [InlineData("+84 28 3829 1234", "3829 1234")]
    [InlineData("số em 098 76 54 321", "098 76 54 321")]
    [InlineData("0398765432", "0398765432")]
    public void Redacts_vietnamese_mobile_and_landline_numbers_in_every_common_format(string text, string number)
    {
        var redacted = PiiRedactor.Redact(text);

        Assert.DoesNotContain(number, redacted, StringComparison.Ordinal);
        Assert.Contains(PiiRedactor.Phone, redacted, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("email em là nguyen.van.a@gmail.com", "nguyen.van.a@gmail.com")]
    [InlineData("write to Lan_Tran+school@truong.edu.vn now", "Lan_Tran+school@truong.edu.vn")]
    public void Redacts_emails(string text, string email)
    {
        var redacted = PiiRedactor.Redact(text);

        Assert.DoesNotContain(email, redacted, StringComparison.Ordinal);
        Assert.Contains(PiiRedactor.Email, redacted, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("cccd của em 001203012345", "001203012345")]
    [InlineData("CMND 123456789", "123456789")]
    [InlineData("số căn cước 001 203 012 345", "001 203 012 345")]
    public void Redacts_nine_and_twelve_digit_id_numbers(string text, string id)
    {
        var redacted = PiiRedactor.Redact(text);

        Assert.DoesNotContain(id, redacted, StringComparison.Ordinal);
        Assert.Contains(PiiRedactor.IdNumber, redacted, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("stk 19036677889901 techcombank", "19036677889901")]
    [InlineData("chuyển vào 1903 6677 8899 01", "1903 6677 8899 01")]
    [InlineData("account 4111-1111-1111-1111", "4111-1111-1111-1111")]
    [InlineData("tk vcb 1012345678", "1012345678")]
    public void Redacts_bank_account_like_numbers(string text, string account)
    {
        var redacted = PiiRedactor.Redact(text);

        Assert.DoesNotContain(account, redacted, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nhà em ở số 12 ngõ 34 Nguyễn Trãi", "12 ngõ 34 Nguyễn Trãi")]
    [InlineData("em ở 45/12 Lê Lợi, quận 1", "45/12 Lê Lợi")]
    [InlineData("so nha 7 ngo 5 pho Hue", "7 ngo 5 pho Hue")]
    [InlineData("đến 123 đường Trần Hưng Đạo", "123 đường Trần Hưng Đạo")]
    [InlineData("hẻm 42 Cách Mạng Tháng Tám", "42 Cách Mạng")]
    [InlineData("I live at 221B Baker Street", "221B Baker Street")]
    [InlineData("come to 12 Oak Road tonight", "12 Oak Road")]
    public void Redacts_street_addresses_with_a_house_number(string text, string address)
    {
        var redacted = PiiRedactor.Redact(text);

        Assert.DoesNotContain(address, redacted, StringComparison.Ordinal);
        Assert.Contains(PiiRedactor.Address, redacted, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("fb của nó facebook.com/nguyen.van.toan.99", "nguyen.van.toan")]
    [InlineData("https://www.facebook.com/profile.php?id=100012345678901", "100012345678901")]
    [InlineData("tiktok.com/@lan.xinh.2010", "lan.xinh")]
    [InlineData("nhắn t.me/bad_guy_88 đi", "bad_guy_88")]
    [InlineData("zalo.me/0912345678", "0912345678")]
    [InlineData("instagram: @minh_anh.2009", "minh_anh")]
    public void Redacts_links_and_handles_that_name_a_person(string text, string name)
    {
        var redacted = PiiRedactor.Redact(text);

        Assert.DoesNotContain(name, redacted, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("gọi 111 hoặc 113 nhé")]
    [InlineData("mình 15 tuổi, lớp 9")]
    [InlineData("điểm 8/10")]
    [InlineData("năm 2025")]
    [InlineData("Hà Nội")]
    public void Leaves_hotlines_ages_and_ordinary_text_alone(string text)
    {
        Assert.Equal(text, PiiRedactor.Redact(text));
    }
}
