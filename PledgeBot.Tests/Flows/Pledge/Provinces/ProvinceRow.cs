namespace PledgeBot.Tests.Flows.Pledge.Provinces;

/// <summary>One row of the province table (Resolution 202/2025/QH15), as written in ProvinceTable.</summary>
public sealed record ProvinceRow(string Id, string Name, string Region, string Ascii, string[] Aliases, string[] Former);
