namespace PledgeBot.Staff.Exports;

/// <summary>One line of the pledges export: pledges on a Viet Nam day for one province, channel, code and age band.</summary>
public sealed record PledgeMixRow(string Date, string Province, string Channel, string ReferralCode, string AgeBand, long Pledges);
