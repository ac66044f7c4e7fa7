using System.Globalization;
using PledgeBot.Dialogs.Ports;

namespace PledgeBot.Tests.Campaign;

/// <summary>Pledges, users and key prefixes for the ledger tests.</summary>
public static class TestPledges
{
    /// <summary>Noon in Viet Nam on 23 November 2026.</summary>
    public static readonly DateTimeOffset Noon = new(2026, 11, 23, 5, 0, 0, TimeSpan.Zero);

    public static UserHash User(int number) => UserHash.Parse(number.ToString("x32", CultureInfo.InvariantCulture));

    /// <summary>A key prefix of its own, so a test's counters start at zero on a shared server.</summary>
    public static string Prefix() => $"t{Guid.NewGuid():N}:";

    public static PledgeRecord Pledge(
        int user,
        string province = "ha-noi",
        string channel = "zalo",
        string? code = null,
        string ageBand = AgeBands.From15To17,
        DateTimeOffset? at = null) =>
        new(User(user), ["otp", "2fa", "kind"], province, ageBand, channel, code, $"INV{user:D5}", at ?? Noon);
}
