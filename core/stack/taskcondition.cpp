// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/stack/taskcondition.h"

#include <algorithm>
#include <memory>
#include <optional>
#include <vector>

#include <QRegularExpression>

namespace Lagoon {

namespace {

struct Value
{
    enum class Type { Nil, Bool, Number, String };
    Type type = Type::Nil;
    bool boolean = false;
    double number = 0;
    QString string;

    static Value ofBool(bool b) { return {Type::Bool, b, 0, {}}; }
    static Value ofNumber(double n) { return {Type::Number, false, n, {}}; }
    static Value ofString(const QString &s) { return {Type::String, false, 0, s}; }
};

// gval converts text to a number when an arithmetic or comparison operator needs one.
std::optional<double> toNumber(const Value &v)
{
    if (v.type == Value::Type::Number)
        return v.number;
    if (v.type == Value::Type::String) {
        bool ok = false;
        const double n = v.string.trimmed().toDouble(&ok);
        if (ok)
            return n;
    }
    return std::nullopt;
}

struct Token
{
    enum class Kind { End, Identifier, String, Number, Operator, LeftParen, RightParen, Comma };
    Kind kind = Kind::End;
    QString text;
    int position = 0;
};

struct Node
{
    enum class Kind { Literal, Variable, Call, Unary, Binary };
    Kind kind = Kind::Literal;
    Value literal;
    QString name; // variable, function, or operator
    std::vector<std::unique_ptr<Node>> children;
};

/** Tokenizes and parses into a tree; errors become `error` (the expression is then Unevaluable). */
class Parser
{
public:
    explicit Parser(const QString &text)
        : m_text(text)
    {
    }

    std::unique_ptr<Node> parse()
    {
        if (!tokenize())
            return nullptr;
        auto node = parseOr();
        if (node && current().kind != Token::Kind::End)
            fail(TaskCondition::tr("unexpected \"%1\" at position %2").arg(current().text).arg(current().position + 1));
        return m_error.isEmpty() ? std::move(node) : nullptr;
    }

    QString error() const { return m_error; }

private:
    bool tokenize()
    {
        static const QStringList operators = {QStringLiteral("=="), QStringLiteral("!="), QStringLiteral("=~"),
                                              QStringLiteral("!~"), QStringLiteral("<="), QStringLiteral(">="),
                                              QStringLiteral("&&"), QStringLiteral("||"), QStringLiteral("<"),
                                              QStringLiteral(">"),  QStringLiteral("!"),  QStringLiteral("+")};
        int i = 0;
        const int n = static_cast<int>(m_text.size());
        while (i < n) {
            const QChar c = m_text.at(i);
            if (c.isSpace()) {
                ++i;
                continue;
            }
            Token token;
            token.position = i;
            if (c.isLetter() || c == QLatin1Char('_')) {
                int j = i + 1;
                while (j < n && (m_text.at(j).isLetterOrNumber() || m_text.at(j) == QLatin1Char('_')))
                    ++j;
                token.kind = Token::Kind::Identifier;
                token.text = m_text.mid(i, j - i);
                i = j;
            } else if (c.isDigit()) {
                int j = i + 1;
                while (j < n && (m_text.at(j).isDigit() || m_text.at(j) == QLatin1Char('.')))
                    ++j;
                token.kind = Token::Kind::Number;
                token.text = m_text.mid(i, j - i);
                i = j;
            } else if (c == QLatin1Char('"') || c == QLatin1Char('`')) {
                if (!readString(i, token))
                    return false;
            } else if (c == QLatin1Char('(')) {
                token.kind = Token::Kind::LeftParen;
                token.text = c;
                ++i;
            } else if (c == QLatin1Char(')')) {
                token.kind = Token::Kind::RightParen;
                token.text = c;
                ++i;
            } else if (c == QLatin1Char(',')) {
                token.kind = Token::Kind::Comma;
                token.text = c;
                ++i;
            } else {
                const QStringView rest = QStringView(m_text).mid(i);
                const auto op = std::find_if(operators.cbegin(), operators.cend(),
                                             [rest](const QString &o) { return rest.startsWith(o); });
                if (op == operators.cend()) {
                    fail(TaskCondition::tr("\"%1\" at position %2 is not supported here").arg(c).arg(i + 1));
                    return false;
                }
                token.kind = Token::Kind::Operator;
                token.text = *op;
                i += static_cast<int>(op->size());
            }
            m_tokens.push_back(token);
        }
        m_tokens.push_back(Token{Token::Kind::End, TaskCondition::tr("end of expression"), n});
        return true;
    }

    bool readString(int &i, Token &token)
    {
        const QChar quote = m_text.at(i);
        QString value;
        int j = i + 1;
        const int n = static_cast<int>(m_text.size());
        for (; j < n && m_text.at(j) != quote; ++j) {
            QChar c = m_text.at(j);
            if (quote == QLatin1Char('"') && c == QLatin1Char('\\') && j + 1 < n) {
                c = m_text.at(++j);
                if (c == QLatin1Char('n'))
                    c = QLatin1Char('\n');
                else if (c == QLatin1Char('t'))
                    c = QLatin1Char('\t');
            }
            value.append(c);
        }
        if (j >= n) {
            fail(TaskCondition::tr("a string starting at position %1 is not closed").arg(i + 1));
            return false;
        }
        token.kind = Token::Kind::String;
        token.text = value;
        i = j + 1;
        return true;
    }

    const Token &current() const { return m_tokens.at(m_pos); }
    bool isOperator(const QString &op) const
    {
        return current().kind == Token::Kind::Operator && current().text == op;
    }

    void fail(const QString &message)
    {
        if (m_error.isEmpty())
            m_error = message;
    }

    static std::unique_ptr<Node> binary(const QString &op, std::unique_ptr<Node> left, std::unique_ptr<Node> right)
    {
        auto node = std::make_unique<Node>();
        node->kind = Node::Kind::Binary;
        node->name = op;
        node->children.push_back(std::move(left));
        node->children.push_back(std::move(right));
        return node;
    }

    // Precedence, lowest first, as gval's full language orders these operators.
    std::unique_ptr<Node> parseOr()
    {
        auto left = parseAnd();
        while (left && isOperator(QStringLiteral("||"))) {
            ++m_pos;
            auto right = parseAnd();
            if (!right)
                return nullptr;
            left = binary(QStringLiteral("||"), std::move(left), std::move(right));
        }
        return left;
    }

    std::unique_ptr<Node> parseAnd()
    {
        auto left = parseComparison();
        while (left && isOperator(QStringLiteral("&&"))) {
            ++m_pos;
            auto right = parseComparison();
            if (!right)
                return nullptr;
            left = binary(QStringLiteral("&&"), std::move(left), std::move(right));
        }
        return left;
    }

    std::unique_ptr<Node> parseComparison()
    {
        static const QStringList comparisons = {QStringLiteral("=="), QStringLiteral("!="), QStringLiteral("=~"),
                                                QStringLiteral("!~"), QStringLiteral("<"),  QStringLiteral("<="),
                                                QStringLiteral(">"),  QStringLiteral(">=")};
        auto left = parseSum();
        while (left && current().kind == Token::Kind::Operator && comparisons.contains(current().text)) {
            const QString op = current().text;
            ++m_pos;
            auto right = parseSum();
            if (!right)
                return nullptr;
            left = binary(op, std::move(left), std::move(right));
        }
        return left;
    }

    std::unique_ptr<Node> parseSum()
    {
        auto left = parseUnary();
        while (left && isOperator(QStringLiteral("+"))) {
            ++m_pos;
            auto right = parseUnary();
            if (!right)
                return nullptr;
            left = binary(QStringLiteral("+"), std::move(left), std::move(right));
        }
        return left;
    }

    std::unique_ptr<Node> parseUnary()
    {
        if (isOperator(QStringLiteral("!"))) {
            ++m_pos;
            auto operand = parseUnary();
            if (!operand)
                return nullptr;
            auto node = std::make_unique<Node>();
            node->kind = Node::Kind::Unary;
            node->name = QStringLiteral("!");
            node->children.push_back(std::move(operand));
            return node;
        }
        return parsePrimary();
    }

    std::unique_ptr<Node> parsePrimary()
    {
        const Token token = current();
        auto node = std::make_unique<Node>();
        switch (token.kind) {
        case Token::Kind::String:
            ++m_pos;
            node->literal = Value::ofString(token.text);
            return node;
        case Token::Kind::Number: {
            ++m_pos;
            bool ok = false;
            const double number = token.text.toDouble(&ok);
            if (!ok) {
                fail(TaskCondition::tr("\"%1\" is not a number").arg(token.text));
                return nullptr;
            }
            node->literal = Value::ofNumber(number);
            return node;
        }
        case Token::Kind::Identifier:
            ++m_pos;
            if (token.text == QLatin1String("true") || token.text == QLatin1String("false")) {
                node->literal = Value::ofBool(token.text == QLatin1String("true"));
                return node;
            }
            if (current().kind == Token::Kind::LeftParen)
                return parseCall(token.text);
            node->kind = Node::Kind::Variable;
            node->name = token.text;
            return node;
        case Token::Kind::LeftParen: {
            ++m_pos;
            auto inner = parseOr();
            if (!inner)
                return nullptr;
            if (current().kind != Token::Kind::RightParen) {
                fail(TaskCondition::tr("\")\" expected at position %1").arg(current().position + 1));
                return nullptr;
            }
            ++m_pos;
            return inner;
        }
        default:
            fail(TaskCondition::tr("unexpected \"%1\" at position %2").arg(token.text).arg(token.position + 1));
            return nullptr;
        }
    }

    std::unique_ptr<Node> parseCall(const QString &name)
    {
        ++m_pos; // (
        auto node = std::make_unique<Node>();
        node->kind = Node::Kind::Call;
        node->name = name;
        if (current().kind != Token::Kind::RightParen) {
            while (true) {
                auto argument = parseOr();
                if (!argument)
                    return nullptr;
                node->children.push_back(std::move(argument));
                if (current().kind == Token::Kind::Comma) {
                    ++m_pos;
                    continue;
                }
                break;
            }
        }
        if (current().kind != Token::Kind::RightParen) {
            fail(TaskCondition::tr("\")\" expected at position %1").arg(current().position + 1));
            return nullptr;
        }
        ++m_pos;
        return node;
    }

    QString m_text;
    std::vector<Token> m_tokens;
    size_t m_pos = 0;
    QString m_error;
};

/** Evaluates a parsed tree; `error` set means Unevaluable. && and || short-circuit, as in gval. */
class Evaluator
{
public:
    explicit Evaluator(const QHash<QString, QString> &variables)
        : m_variables(variables)
    {
    }

    std::optional<Value> eval(const Node &node)
    {
        switch (node.kind) {
        case Node::Kind::Literal:
            return node.literal;
        case Node::Kind::Variable: {
            const auto it = m_variables.constFind(node.name);
            if (it == m_variables.cend())
                return fail(TaskCondition::tr("the variable %1 is not known locally").arg(node.name));
            return Value::ofString(*it);
        }
        case Node::Kind::Call:
            return call(node);
        case Node::Kind::Unary: {
            const auto operand = eval(*node.children.at(0));
            if (!operand)
                return std::nullopt;
            if (operand->type != Value::Type::Bool)
                return fail(TaskCondition::tr("\"!\" needs a boolean"));
            return Value::ofBool(!operand->boolean);
        }
        case Node::Kind::Binary:
            return binary(node);
        }
        return std::nullopt;
    }

    QString error() const { return m_error; }

private:
    std::nullopt_t fail(const QString &message)
    {
        if (m_error.isEmpty())
            m_error = message;
        return std::nullopt;
    }

    std::optional<Value> call(const Node &node)
    {
        const bool withDefault = node.name == QLatin1String("withDefault");
        const bool exists = node.name == QLatin1String("exists");
        if (!withDefault && !exists)
            return fail(TaskCondition::tr("the function %1() is not supported here").arg(node.name));
        const size_t arguments = node.children.size();
        if (arguments < 1 || arguments > (withDefault ? 2u : 1u))
            return fail(TaskCondition::tr("%1() got %2 arguments").arg(node.name).arg(arguments));
        const auto name = eval(*node.children.at(0));
        if (!name)
            return std::nullopt;
        if (name->type != Value::Type::String)
            return fail(TaskCondition::tr("%1() needs a variable name in quotes").arg(node.name));
        const auto it = m_variables.constFind(name->string);
        if (exists)
            return Value::ofBool(it != m_variables.cend());
        if (it != m_variables.cend())
            return Value::ofString(*it);
        if (arguments == 2)
            return eval(*node.children.at(1));
        return Value{}; // nil, as gval returns for a missing default
    }

    std::optional<Value> binary(const Node &node)
    {
        const QString &op = node.name;
        const auto left = eval(*node.children.at(0));
        if (!left)
            return std::nullopt;
        if (op == QLatin1String("&&") || op == QLatin1String("||")) {
            if (left->type != Value::Type::Bool)
                return fail(TaskCondition::tr("\"%1\" needs booleans").arg(op));
            const bool isAnd = op == QLatin1String("&&");
            if (left->boolean != isAnd)
                return Value::ofBool(left->boolean);
            const auto right = eval(*node.children.at(1));
            if (!right)
                return std::nullopt;
            if (right->type != Value::Type::Bool)
                return fail(TaskCondition::tr("\"%1\" needs booleans").arg(op));
            return Value::ofBool(right->boolean);
        }
        const auto right = eval(*node.children.at(1));
        if (!right)
            return std::nullopt;

        if (op == QLatin1String("=~") || op == QLatin1String("!~")) {
            if (left->type != Value::Type::String || right->type != Value::Type::String)
                return fail(TaskCondition::tr("\"%1\" needs text on both sides").arg(op));
            const QRegularExpression pattern(right->string);
            if (!pattern.isValid())
                return fail(TaskCondition::tr("the regular expression \"%1\" is not valid here").arg(right->string));
            // Go's MatchString is unanchored, like QRegularExpression::match.
            const bool matched = pattern.match(left->string).hasMatch();
            return Value::ofBool(op == QLatin1String("=~") ? matched : !matched);
        }
        if (op == QLatin1String("+")) {
            if (left->type == Value::Type::String && right->type == Value::Type::String)
                return Value::ofString(left->string + right->string);
            const auto a = toNumber(*left);
            const auto b = toNumber(*right);
            if (a && b)
                return Value::ofNumber(*a + *b);
            return fail(TaskCondition::tr("\"+\" cannot combine these values"));
        }
        if (op == QLatin1String("==") || op == QLatin1String("!=")) {
            const bool equal = equals(*left, *right);
            return Value::ofBool(op == QLatin1String("==") ? equal : !equal);
        }
        // < <= > >=: text compares as text, anything else as numbers.
        int order = 0;
        if (left->type == Value::Type::String && right->type == Value::Type::String) {
            order = QString::compare(left->string, right->string);
        } else {
            const auto a = toNumber(*left);
            const auto b = toNumber(*right);
            if (!a || !b)
                return fail(TaskCondition::tr("\"%1\" cannot compare these values").arg(op));
            order = *a < *b ? -1 : (*a > *b ? 1 : 0);
        }
        if (op == QLatin1String("<"))
            return Value::ofBool(order < 0);
        if (op == QLatin1String("<="))
            return Value::ofBool(order <= 0);
        if (op == QLatin1String(">"))
            return Value::ofBool(order > 0);
        return Value::ofBool(order >= 0);
    }

    static bool equals(const Value &a, const Value &b)
    {
        if (a.type == Value::Type::String && b.type == Value::Type::String)
            return a.string == b.string;
        if (a.type == Value::Type::Bool && b.type == Value::Type::Bool)
            return a.boolean == b.boolean;
        if (a.type == Value::Type::Nil || b.type == Value::Type::Nil)
            return a.type == b.type;
        const auto x = toNumber(a);
        const auto y = toNumber(b);
        return x && y && *x == *y;
    }

    const QHash<QString, QString> &m_variables;
    QString m_error;
};

} // namespace

TaskCondition::Outcome TaskCondition::evaluate(const QString &expression, const QHash<QString, QString> &variables)
{
    Parser parser(expression);
    const auto tree = parser.parse();
    if (!tree)
        return {Outcome::Kind::Unevaluable, parser.error()};
    Evaluator evaluator(variables);
    const auto value = evaluator.eval(*tree);
    if (!value)
        return {Outcome::Kind::Unevaluable, evaluator.error()};
    if (value->type != Value::Type::Bool)
        return {Outcome::Kind::NotBoolean, tr("Expression doesn't evaluate to a boolean")};
    return {value->boolean ? Outcome::Kind::True : Outcome::Kind::False, {}};
}

} // namespace Lagoon
