using ArchUnitNET.Domain;
using ArchUnitNET.Loader;
using ArchUnitNET.xUnit;
using PledgeBot.Dialogs;
using static ArchUnitNET.Fluent.ArchRuleDefinition;
using ArchitectureModel = ArchUnitNET.Domain.Architecture;

namespace PledgeBot.Tests.Architecture;

[Trait(TestCategory.Name, TestCategory.Unit)]
public sealed class ArchitectureTests
{
    // Loading reads the compiled IL once for the whole class (a second or two).
    private static readonly Lazy<ArchitectureModel> s_architecture = new(() =>
        new ArchLoader().LoadAssemblies(typeof(CampaignBot).Assembly, typeof(Program).Assembly).Build());

    private static ArchitectureModel Model => s_architecture.Value;

    [Fact]
    public void The_engine_does_not_depend_on_any_flow_or_on_safety()
    {
        var engine = Types().That().ResideInNamespaceMatching(@"^PledgeBot\.Dialogs\.Engine(\..*)?$");
        var features = Types().That().ResideInNamespaceMatching(@"^PledgeBot\.Dialogs\.(Flows|Safety|Referrals)(\..*)?$");

        engine.Should().NotDependOnAny(features).Check(Model);
    }

    [Fact]
    public void Nothing_in_Dialogs_depends_on_the_host_ASP_NET_Core_or_Redis()
    {
        var dialogs = Types().That().ResideInAssembly(typeof(CampaignBot).Assembly);
        var host = Types().That().ResideInAssembly(typeof(Program).Assembly);

        dialogs.Should().NotDependOnAny(host).Check(Model);
        dialogs.Should().NotDependOnAny(Types().That().ResideInNamespaceMatching(@"^(Microsoft\.AspNetCore|StackExchange\.Redis)(\..*)?$")).Check(Model);
    }

    [Fact]
    public void Dialogs_folders_use_only_the_layers_below_them()
    {
        var examples = new List<string>();
        var arrows = Arrows(typeof(CampaignBot).Assembly.GetName().Name!, DependencyRules.DialogsRoot, DependencyRules.DialogsSlice, examples);

        Assert.True(DependencyRules.DialogsViolations(arrows).Count == 0,
            $"Arrows the rules do not allow: {string.Join("; ", DependencyRules.DialogsViolations(arrows))}. For example: {string.Join("; ", examples)}");
    }

    [Fact]
    public void Dialogs_folders_and_flows_form_no_cycle()
    {
        var arrows = Arrows(typeof(CampaignBot).Assembly.GetName().Name!, DependencyRules.DialogsRoot, DependencyRules.DialogsSlice);

        Assert.Empty(DependencyRules.Cycle(arrows));
    }

    [Fact]
    public void Host_folders_keep_the_arrows_they_are_forbidden()
    {
        var examples = new List<string>();
        var arrows = Arrows(typeof(Program).Assembly.GetName().Name!, DependencyRules.HostRoot, DependencyRules.HostSlice, examples);

        Assert.True(DependencyRules.HostViolations(arrows).Count == 0,
            $"Arrows the rules forbid: {string.Join("; ", DependencyRules.HostViolations(arrows))}. For example: {string.Join("; ", examples)}");
    }

    [Fact]
    public void A_new_arrow_from_the_engine_to_a_flow_is_a_violation()
    {
        var arrows = new[] { ("Engine", "Content"), ("Engine", "Flows.Quiz"), ("Flows.Stories", "Engine"), ("Flows.Stories", "Flows.Quiz") };

        Assert.Equal(["Engine -> Flows.Quiz", "Flows.Stories -> Flows.Quiz"], DependencyRules.DialogsViolations(arrows));
    }

    [Fact]
    public void Two_flows_that_use_each_other_are_a_cycle()
    {
        var arrows = new[] { ("Flows.Pledge", "Engine"), ("Flows.Pledge", "Flows.Privacy"), ("Flows.Privacy", "Flows.Pledge"), ("Engine", "Content") };

        Assert.Equal(["Flows.Pledge", "Flows.Privacy"], DependencyRules.Cycle(arrows));
    }

    [Fact]
    public void A_new_host_folder_may_use_any_other_but_the_store_may_not_use_it()
    {
        var arrows = new[] { ("Counsel", "Conversations"), ("Counsel", "Store"), ("Store", "Counsel"), ("Store", "Secrets") };

        Assert.Equal(["Store -> Counsel (the store is below every feature: it may use only Secrets, Privacy (the keyed id hash) and Settings)"],
            DependencyRules.HostViolations(arrows));
    }

    // Every dependency between two slices, with one pair of types that makes it (so a failure says where to look).
    // A generic parameter is no dependency: the loader names it after the first generic method of that name it met.
    private static List<(string From, string To)> Arrows(string assembly, string root, Func<string, string> slice, List<string>? examples = null)
    {
        bool Inside(IType type) =>
            type.Assembly?.Name is { } name && (name == assembly || name.StartsWith(assembly + ",", StringComparison.Ordinal));

        bool Ours(IType type) =>
            Inside(type) && type.Namespace?.FullName is { } ns
            && (ns == root || ns.StartsWith(root + ".", StringComparison.Ordinal) || ns.Length == 0);

        var pairs = Model.Types.Where(Ours)
            .SelectMany(type => type.Dependencies.Select(dependency => dependency.Target).Where(target => target is not GenericParameter && Ours(target))
                .Select(target => (From: slice(type.Namespace.FullName), To: slice(target.Namespace.FullName), Example: $"{type.FullName} uses {target.FullName}")))
            .Where(pair => pair.From != pair.To)
            .ToList();
        examples?.AddRange(pairs.DistinctBy(pair => (pair.From, pair.To)).Select(pair => pair.Example));
        return [.. pairs.Select(pair => (pair.From, pair.To)).Distinct()];
    }
}
