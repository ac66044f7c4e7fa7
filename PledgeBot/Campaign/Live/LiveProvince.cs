namespace PledgeBot.Campaign.Live;

/// <summary>A province on the big screen: its Vietnamese name and pledges.</summary>
public sealed record LiveProvince(string Name, long Pledges);
