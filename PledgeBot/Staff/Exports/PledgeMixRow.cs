namespace PledgeBot.Staff.Exports;

/// <summary>One line of the pledges export: pledges on a Viet Nam day for one province, channel, code and age band.</summary>
public sealed record PledgeMixRow(string Date, string Province, string Channel, string ReferralCode, string AgeBand, long Pledges)
    : IExportRow<PledgeMixRow>
{
    public static ExportLayout<PledgeMixRow> Columns { get; } = new ExportLayout<PledgeMixRow>()
        .Text("date", row => row.Date)
        .Text("province", row => row.Province)
        .Text("channel", row => row.Channel)
        .Text("referral_code", row => row.ReferralCode)
        .Text("age_band", row => row.AgeBand)
        .Number("pledges", row => row.Pledges);
}
