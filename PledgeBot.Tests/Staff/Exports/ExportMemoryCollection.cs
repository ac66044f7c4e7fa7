using PledgeBot.Tests.Referrals;

namespace PledgeBot.Tests.Staff.Exports;

/// <summary>The export memory test measures the whole process's managed heap, so it runs alone, after the tests that
/// run in parallel.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ExportMemoryCollection : ICollectionFixture<ReferralHostFixture>
{
    public const string Name = "ExportMemory";
}
