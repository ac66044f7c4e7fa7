using System.Reflection;

namespace PledgeBot.Tests.Architecture;

[Trait(TestCategory.Name, TestCategory.Unit)]
public sealed class TestCategoryTests
{
    private static readonly string[] s_categories = [TestCategory.Unit, TestCategory.Slow, TestCategory.Host, TestCategory.Store, TestCategory.Browser];

    [Fact]
    public void Every_test_class_has_exactly_one_known_category()
    {
        var testClasses = typeof(TestCategory).Assembly.GetTypes()
            .Where(type => !type.IsAbstract && type.GetMethods(BindingFlags.Public | BindingFlags.Instance).Any(method => method.IsDefined(typeof(FactAttribute), inherit: true)));

        var wrong = testClasses
            .Where(type => Categories(type) is not [var category] || !s_categories.Contains(category))
            .Select(type => type.FullName)
            .ToList();

        Assert.NotEmpty(testClasses);
        Assert.Empty(wrong);
    }

    private static List<string?> Categories(Type type) =>
        [.. type.GetCustomAttributesData()
            .Where(attribute => attribute.AttributeType == typeof(TraitAttribute)
                && attribute.ConstructorArguments[0].Value as string == TestCategory.Name)
            .Select(attribute => attribute.ConstructorArguments[1].Value as string)];
}
