namespace PledgeBot.Bench;

/// <summary>What one simulated young person types, tapping what the bot offers: greeting, the whole pledge, a quiz.</summary>
internal static class Session
{
    public static IEnumerable<(string Kind, string Text)> Turns(string? referralCode, Random random)
    {
        yield return ("greeting", referralCode is null ? "chào" : $"/start {referralCode}");
        yield return ("pledge", "cam kết");
        for (var i = 0; i < 3; i++)
        {
            yield return ("scenario", (random.Next(3) + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        yield return ("pick", "1 4 5");
        yield return ("pick", "9");
        yield return ("pick", "xong");
        yield return ("province", random.Next(4) switch { 0 => "hà nội", 1 => "sg", 2 => "da nang", _ => "Cần Thơ" });
        yield return ("age", "18–24");
        yield return ("quiz", "đố vui");
        for (var i = 0; i < 5; i++)
        {
            yield return ("answer", (random.Next(3) + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }
}
