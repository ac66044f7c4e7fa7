namespace PledgeBot.Tests.Flows.Pledge.Provinces;

/// <summary>One row of CONTENT.md 7, as written there.</summary>
public sealed record ProvinceRow(string Id, string Name, string Region, string Ascii, string[] Aliases, string[] Former);
