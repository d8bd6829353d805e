using System;
using System.ComponentModel;
using System.Globalization;
using System.Linq;
using RoleTaxonomy.Tests.Infrastructure;
using Xunit;

namespace RoleTaxonomy.Tests;

/// <summary>Type conversion, which configuration binding, MVC model binding and property grids use: keys only, both ways.</summary>
public sealed class TypeConverterTests
{
    [Theory]
    [MemberData(nameof(EnumKinds.Names), MemberType = typeof(EnumKinds))]
    public void The_type_converter_converts_every_key_both_ways(string kind) =>
        EnumKinds.Run(typeof(TypeConverterTests), nameof(ConvertsKeys), kind);

    [Theory]
    [MemberData(nameof(EnumKinds.Names), MemberType = typeof(EnumKinds))]
    public void The_type_converter_refuses_member_names_numbers_and_empty_strings_naming_the_value(string kind) =>
        EnumKinds.Run(typeof(TypeConverterTests), nameof(RefusesWhatIsNotAKey), kind);

    [Theory]
    [MemberData(nameof(EnumKinds.Names), MemberType = typeof(EnumKinds))]
    public void The_type_converter_lists_every_value_as_its_exclusive_standard_values(string kind) =>
        EnumKinds.Run(typeof(TypeConverterTests), nameof(ListsStandardValues), kind);

    [Theory]
    [MemberData(nameof(EnumKinds.Names), MemberType = typeof(EnumKinds))]
    public void The_type_converter_refuses_to_write_no_item(string kind) =>
        EnumKinds.Run(typeof(TypeConverterTests), nameof(RefusesToWriteUndefined), kind);

    private static void ConvertsKeys<T>(EnumKind<T> kind)
        where T : struct, Enum
    {
        var converter = TypeDescriptor.GetConverter(typeof(T));

        Assert.Equal(kind.Name + "Extensions+KeyTypeConverter", converter.GetType().FullName!.Split('.')[^1]);
        Assert.True(converter.CanConvertFrom(typeof(string)));
        Assert.True(converter.CanConvertTo(typeof(string)));
        for (var i = 0; i < kind.Values.Count; i++)
        {
            var value = kind.Values[i];
            var key = kind.ContentKeys[i];

            Assert.Equal(key, converter.ConvertToInvariantString(value));
            Assert.Equal(key, converter.ConvertTo(null, CultureInfo.GetCultureInfo("tr-TR"), value, typeof(string)));
            Assert.Equal(value, converter.ConvertFromInvariantString(key));
            Assert.Equal(value, converter.ConvertFrom(null, CultureInfo.GetCultureInfo("tr-TR"), key));
            Assert.True(converter.IsValid(key));
            Assert.True(converter.IsValid(value));
        }
    }

    private static void RefusesWhatIsNotAKey<T>(EnumKind<T> kind)
        where T : struct, Enum
    {
        var converter = TypeDescriptor.GetConverter(typeof(T));
        foreach (var value in kind.Values)
        {
            var name = value.ToString();
            var number = EnumKind<T>.NumberOf(value).ToString(CultureInfo.InvariantCulture);

            var byName = Assert.Throws<FormatException>(() => converter.ConvertFromInvariantString(name));
            Assert.Equal("'" + name + "' is not a " + kind.Name + " key; did you mean '" + kind.ToKey(value) + "'?", byName.Message);
            var byNumber = Assert.Throws<FormatException>(() => converter.ConvertFromInvariantString(number));
            Assert.StartsWith("'" + number + "' is not a " + kind.Name + " key", byNumber.Message, StringComparison.Ordinal);

            Assert.False(converter.IsValid(name));
            Assert.False(converter.IsValid(number));
        }

        var empty = Assert.Throws<FormatException>(() => converter.ConvertFromInvariantString(string.Empty));
        Assert.StartsWith("'' is not a " + kind.Name + " key", empty.Message, StringComparison.Ordinal);
        Assert.False(converter.IsValid(string.Empty));

        // Not a string at all: the numbers are not the contract, so an int is not converted either.
        Assert.Throws<NotSupportedException>(() => converter.ConvertFrom(EnumKind<T>.NumberOf(kind.Values[0])));
        Assert.False(converter.IsValid(EnumKind<T>.NumberOf(kind.Values[0])));
        Assert.False(converter.CanConvertFrom(typeof(int)));
    }

    private static void ListsStandardValues<T>(EnumKind<T> kind)
        where T : struct, Enum
    {
        var converter = TypeDescriptor.GetConverter(typeof(T));

        Assert.True(converter.GetStandardValuesSupported());
        Assert.True(converter.GetStandardValuesExclusive());
        var standard = converter.GetStandardValues()!.Cast<T>().ToList();
        Assert.Equal(kind.Values, standard);
        Assert.Equal(Enum.GetValues<T>().Order(), standard.Order());
        Assert.Equal(kind.ContentKeys, standard.Select(v => converter.ConvertToInvariantString(v)));
    }

    private static void RefusesToWriteUndefined<T>(EnumKind<T> kind)
        where T : struct, Enum
    {
        var converter = TypeDescriptor.GetConverter(typeof(T));
        foreach (var number in new[] { 0, kind.PastTheEnd })
        {
            var undefined = EnumKind<T>.FromNumber(number);

            var exception = Assert.Throws<ArgumentOutOfRangeException>(() => converter.ConvertToInvariantString(undefined));
            Assert.Equal(undefined, exception.ActualValue);
            Assert.False(converter.IsValid(undefined));
        }
    }
}
