//! Compiling expressions: literals, operators, comparisons, f-strings,
//! calls (with the frame-introspection built-ins), comprehensions.

#[allow(unused_imports)]
use super::*;

impl<'a> Compiler<'a> {
    // ------------------------------------------------------------ expressions

    pub(super) fn jump_if(&mut self, e: &'a Expr, cond: bool, target: Label) {
        match e {
            Expr::UnaryOp(u) if u.op == ast::UnaryOp::Not => self.jump_if(&u.operand, !cond, target),
            Expr::BoolOp(b) => {
                let is_and = b.op == ast::BoolOp::And;
                if is_and != cond {
                    // All must hold (and, jump when false) / (or, jump when true).
                    for v in &b.values {
                        self.jump_if(v, cond, target);
                    }
                } else {
                    let skip = self.new_label();
                    let n = b.values.len();
                    for (i, v) in b.values.iter().enumerate() {
                        if i + 1 < n {
                            self.jump_if(v, !cond, skip);
                        } else {
                            self.jump_if(v, cond, target);
                        }
                    }
                    self.bind(skip);
                }
            }
            _ => {
                self.expr(e);
                self.jump(if cond { Op::PopJumpIfTrue } else { Op::PopJumpIfFalse }, target);
            }
        }
    }

    /// Compile an expression; its instructions carry its source range (and
    /// line), as CPython's locations for tracebacks.
    pub(super) fn expr(&mut self, e: &'a Expr) {
        let saved = (self.u().line, self.u().span);
        let r = e.range();
        let line = self.line_of(r);
        self.u().line = line;
        self.u().span = (r.start().to_u32(), r.end().to_u32());
        self.expr_node(e);
        self.u().line = saved.0;
        self.u().span = saved.1;
    }

    /// The constant a literal expression denotes: numbers, strings,
    /// bytes, `True`/`False`/`None`/`...`, a negated number, and tuples of
    /// these (folded as CPython's compiler folds them, so `x in (1, 2)`
    /// builds no tuple at run time).
    fn const_value(e: &Expr) -> Option<PyRef> {
        let v = match e {
            Expr::NumberLiteral(n) => match &n.value {
                ast::Number::Int(i) => match i.as_i64() {
                    Some(v) => int::new_int(v),
                    None => {
                        let s = i.to_string().replace('_', "");
                        let lower = s.to_ascii_lowercase();
                        let (digits, radix) = if let Some(h) = lower.strip_prefix("0x") {
                            (h.to_string(), 16)
                        } else if let Some(o) = lower.strip_prefix("0o") {
                            (o.to_string(), 8)
                        } else if let Some(b) = lower.strip_prefix("0b") {
                            (b.to_string(), 2)
                        } else {
                            (lower, 10)
                        };
                        int::from_bigint(num_bigint::BigInt::parse_bytes(digits.as_bytes(), radix).unwrap_or_default())
                    }
                },
                ast::Number::Float(f) => weft_objects::float::new_float(*f),
                ast::Number::Complex { real, imag } => PyRef::new(&weft_objects::types::types().complex, weft_objects::Payload::Complex(*real, *imag)),
            },
            Expr::StringLiteral(s) => {
                // Identifier-like constants (keys of `d["name"]`, `getattr`
                // names) are interned like names.
                let text = s.value.to_str();
                if text.len() <= 40 && text.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_') {
                    pystr::intern(text)
                } else {
                    pystr::new_str(text)
                }
            }
            Expr::BytesLiteral(b) => {
                let mut v = Vec::new();
                for l in b.value.iter() {
                    v.extend_from_slice(&l.value);
                }
                weft_objects::bytes::new_bytes(v)
            }
            Expr::BooleanLiteral(b) => return Some(weft_objects::vm::bool_obj(b.value)),
            Expr::NoneLiteral(_) => return Some(weft_objects::vm::none()),
            Expr::EllipsisLiteral(_) => return Some(weft_objects::types::s().ellipsis.clone()),
            Expr::UnaryOp(u) if u.op == ast::UnaryOp::USub && matches!(&*u.operand, Expr::NumberLiteral(_)) => {
                let x = Self::const_value(&u.operand)?;
                match &x.payload {
                    weft_objects::Payload::Int(i) => match i.checked_neg() {
                        Some(n) => int::new_int(n),
                        None => int::from_bigint(-num_bigint::BigInt::from(*i)),
                    },
                    weft_objects::Payload::BigInt(b) => int::from_bigint(-(**b).clone()),
                    weft_objects::Payload::Float(f) => weft_objects::float::new_float(-*f),
                    weft_objects::Payload::Complex(r, i) => PyRef::new(&weft_objects::types::types().complex, weft_objects::Payload::Complex(-*r, -*i)),
                    _ => return None,
                }
            }
            Expr::Tuple(t) if !t.elts.is_empty() && t.elts.len() <= 256 => {
                let items: Option<Vec<PyRef>> = t.elts.iter().map(Self::const_value).collect();
                weft_objects::tuple::new_tuple(items?)
            }
            _ => return None,
        };
        v.make_immortal();
        Some(v)
    }

    fn expr_node(&mut self, e: &'a Expr) {
        if let Some(v) = Self::const_value(e) {
            self.load_const(v);
            return;
        }
        match e {
            Expr::NumberLiteral(_) | Expr::StringLiteral(_) | Expr::BytesLiteral(_) | Expr::BooleanLiteral(_) | Expr::NoneLiteral(_) | Expr::EllipsisLiteral(_) => {
                unreachable!("literals are constants")
            }
            Expr::Name(n) => self.load_name(&n.id),
            Expr::BinOp(b) => {
                self.expr(&b.left);
                self.expr(&b.right);
                self.emit(Op::BinaryOp, binop_of(b.op) as u32);
            }
            Expr::UnaryOp(u) => {
                self.expr(&u.operand);
                let op = match u.op {
                    ast::UnaryOp::Invert => UnaryOp::Invert,
                    ast::UnaryOp::Not => UnaryOp::Not,
                    ast::UnaryOp::UAdd => UnaryOp::Pos,
                    ast::UnaryOp::USub => UnaryOp::Neg,
                };
                self.emit(Op::UnaryOp, op as u32);
            }
            Expr::BoolOp(b) => {
                let end = self.new_label();
                let op = if b.op == ast::BoolOp::And { Op::JumpIfFalseOrPop } else { Op::JumpIfTrueOrPop };
                let n = b.values.len();
                for (i, v) in b.values.iter().enumerate() {
                    self.expr(v);
                    if i + 1 < n {
                        self.jump(op, end);
                    }
                }
                self.bind(end);
            }
            Expr::Compare(c) => self.compare(c),
            Expr::If(i) => {
                let other = self.new_label();
                let end = self.new_label();
                self.jump_if(&i.test, false, other);
                self.expr(&i.body);
                self.jump(Op::Jump, end);
                self.bind(other);
                self.expr(&i.orelse);
                self.bind(end);
            }
            Expr::Named(n) => {
                self.expr(&n.value);
                self.emit(Op::Copy, 1);
                self.assign(&n.target);
            }
            Expr::Attribute(a) => {
                self.expr(&a.value);
                let i = self.attr_ix(&a.attr.id);
                self.emit(Op::LoadAttr, i);
            }
            Expr::Subscript(s) => {
                // `x[key]` with `x` a fast local and a key that cannot rebind
                // it: evaluate the key, then subscript the local in place.
                if let Expr::Name(n) = &*s.value {
                    if self.binding(n.id.as_str()) == Binding::Local && cannot_rebind(&s.slice) {
                        let slot = self.slot(n.id.as_str()).unwrap();
                        self.expr(&s.slice);
                        self.emit(Op::BinarySubscrFast, slot);
                        return;
                    }
                }
                self.expr(&s.value);
                self.expr(&s.slice);
                self.emit(Op::BinarySubscr, 0);
            }
            Expr::Slice(s) => {
                for x in [&s.lower, &s.upper] {
                    match x {
                        Some(v) => self.expr(v),
                        None => self.load_const(weft_objects::vm::none()),
                    }
                }
                match &s.step {
                    Some(v) => {
                        self.expr(v);
                        self.emit(Op::BuildSlice, 3);
                    }
                    None => self.emit(Op::BuildSlice, 2),
                }
            }
            Expr::Tuple(t) => {
                if t.elts.iter().any(|e| matches!(e, Expr::Starred(_))) {
                    self.starred_sequence(&t.elts, Op::BuildList);
                    self.emit(Op::ListToTuple, 0);
                } else {
                    for x in &t.elts {
                        self.expr(x);
                    }
                    self.emit(Op::BuildTuple, t.elts.len() as u32);
                }
            }
            Expr::List(l) => {
                if l.elts.iter().any(|e| matches!(e, Expr::Starred(_))) {
                    self.starred_sequence(&l.elts, Op::BuildList);
                } else {
                    for x in &l.elts {
                        self.expr(x);
                    }
                    self.emit(Op::BuildList, l.elts.len() as u32);
                }
            }
            Expr::Set(s) => {
                if s.elts.iter().any(|e| matches!(e, Expr::Starred(_))) {
                    self.starred_sequence(&s.elts, Op::BuildSet);
                } else {
                    for x in &s.elts {
                        self.expr(x);
                    }
                    self.emit(Op::BuildSet, s.elts.len() as u32);
                }
            }
            Expr::Dict(d) => {
                if d.items.iter().any(|it| it.key.is_none()) {
                    self.emit(Op::BuildMap, 0);
                    for it in &d.items {
                        match &it.key {
                            Some(k) => {
                                self.expr(k);
                                self.expr(&it.value);
                                self.emit(Op::MapAdd, 1);
                            }
                            None => {
                                self.expr(&it.value);
                                self.emit(Op::DictUpdate, 1);
                            }
                        }
                    }
                } else {
                    for it in &d.items {
                        self.expr(it.key.as_ref().unwrap());
                        self.expr(&it.value);
                    }
                    self.emit(Op::BuildMap, d.items.len() as u32);
                }
            }
            Expr::Call(c) => self.call(c),
            Expr::Lambda(l) => self.lambda(l),
            Expr::ListComp(c) => self.comprehension(c.range, &c.generators, CompKind::List(&c.elt)),
            Expr::SetComp(c) => self.comprehension(c.range, &c.generators, CompKind::Set(&c.elt)),
            Expr::DictComp(c) => {
                let Some(k) = &c.key else {
                    return self.not_supported("dict comprehension unpacking", c.range);
                };
                self.comprehension(c.range, &c.generators, CompKind::Dict(k, &c.value))
            }
            Expr::Generator(c) => self.comprehension(c.range, &c.generators, CompKind::Gen(&c.elt)),
            Expr::Yield(y) => {
                if !matches!(self.u().kind, ScopeKind::Function | ScopeKind::Comprehension) {
                    self.fail("'yield' outside function", y.range);
                    return;
                }
                match &y.value {
                    Some(v) => self.expr(v),
                    None => self.load_const(weft_objects::vm::none()),
                }
                self.emit_yield();
            }
            Expr::YieldFrom(y) => {
                if !matches!(self.u().kind, ScopeKind::Function | ScopeKind::Comprehension) {
                    self.fail("'yield' outside function", y.range);
                    return;
                }
                self.expr(&y.value);
                self.emit(Op::GetYieldFromIter, 0);
                self.load_const(weft_objects::vm::none());
                let top = self.new_label();
                let exit = self.new_label();
                self.bind(top);
                self.jump(Op::Send, exit);
                self.emit(Op::YieldValue, 0);
                self.jump(Op::Jump, top);
                self.bind(exit);
            }
            Expr::Await(a) => {
                let kind = self.u().kind;
                if matches!(kind, ScopeKind::Module | ScopeKind::Class) {
                    self.fail("'await' outside function", a.range);
                    return;
                }
                if self.u().flags & CO_COROUTINE == 0 {
                    self.fail("'await' outside async function", a.range);
                    return;
                }
                self.expr(&a.value);
                self.emit_await();
            }
            Expr::FString(f) => {
                let mut n = 0;
                for part in f.value.as_slice() {
                    match part {
                        ast::FStringPart::Literal(l) => {
                            self.load_const(pystr::new_str(&l.value));
                            n += 1;
                        }
                        ast::FStringPart::FString(fs) => n += self.fstring_elements(&fs.elements),
                    }
                }
                if n != 1 {
                    self.emit(Op::BuildString, n);
                }
            }
            Expr::TString(t) => self.not_supported("template strings", t.range),
            Expr::Starred(s) => self.fail("can't use starred expression here", s.range),
            Expr::IpyEscapeCommand(c) => self.fail("invalid syntax", c.range),
        }
    }

    pub(super) fn fstring_elements(&mut self, els: &'a ast::InterpolatedStringElements) -> u32 {
        let mut n = 0;
        for el in els.iter() {
            match el {
                ast::InterpolatedStringElement::Literal(l) => {
                    self.load_const(pystr::new_str(&l.value));
                    n += 1;
                }
                ast::InterpolatedStringElement::Interpolation(i) => {
                    let mut conv = match i.conversion {
                        ast::ConversionFlag::None => 0,
                        ast::ConversionFlag::Str => 1,
                        ast::ConversionFlag::Repr => 2,
                        ast::ConversionFlag::Ascii => 3,
                    };
                    if let Some(dt) = &i.debug_text {
                        let text = format!("{}{}{}", dt.leading(), dt.expression(), dt.trailing());
                        self.load_const(pystr::new_string(text));
                        n += 1;
                        if conv == 0 && i.format_spec.is_none() {
                            conv = 2;
                        }
                    }
                    self.expr(&i.expression);
                    let mut flags = conv;
                    if let Some(spec) = &i.format_spec {
                        let k = self.fstring_elements(&spec.elements);
                        if k != 1 {
                            self.emit(Op::BuildString, k);
                        }
                        flags |= 4;
                    }
                    self.emit(Op::FormatValue, flags);
                    n += 1;
                }
            }
        }
        if n == 0 {
            self.load_const(pystr::new_str(""));
            n = 1;
        }
        n
    }

    pub(super) fn compare(&mut self, c: &'a ast::ExprCompare) {
        self.expr(&c.left);
        let n = c.ops.len();
        let cleanup = self.new_label();
        let end = self.new_label();
        for (i, (op, right)) in c.ops.iter().zip(c.comparators.iter()).enumerate() {
            self.expr(right);
            if i + 1 < n {
                self.emit(Op::Swap, 2);
                self.emit(Op::Copy, 2);
            }
            self.cmp_op(*op);
            if i + 1 < n {
                self.jump(Op::JumpIfFalseOrPop, cleanup);
            }
        }
        if n > 1 {
            self.jump(Op::Jump, end);
            self.bind(cleanup);
            self.emit(Op::Swap, 2);
            self.emit(Op::PopTop, 0);
            self.bind(end);
        }
    }

    pub(super) fn cmp_op(&mut self, op: ast::CmpOp) {
        use ast::CmpOp as C;
        match op {
            C::Eq => self.emit(Op::CompareOp, CmpOp::Eq as u32),
            C::NotEq => self.emit(Op::CompareOp, CmpOp::Ne as u32),
            C::Lt => self.emit(Op::CompareOp, CmpOp::Lt as u32),
            C::LtE => self.emit(Op::CompareOp, CmpOp::Le as u32),
            C::Gt => self.emit(Op::CompareOp, CmpOp::Gt as u32),
            C::GtE => self.emit(Op::CompareOp, CmpOp::Ge as u32),
            C::Is => self.emit(Op::IsOp, 0),
            C::IsNot => self.emit(Op::IsOp, 1),
            C::In => self.emit(Op::ContainsOp, 0),
            C::NotIn => self.emit(Op::ContainsOp, 1),
        }
    }

    pub(super) fn starred_sequence(&mut self, elts: &'a [Expr], build: Op) {
        self.emit(build, 0);
        let (add, extend) = if build == Op::BuildSet { (Op::SetAdd, Op::SetUpdate) } else { (Op::ListAppend, Op::ListExtend) };
        for e in elts {
            match e {
                Expr::Starred(s) => {
                    self.expr(&s.value);
                    self.emit(extend, 1);
                }
                _ => {
                    self.expr(e);
                    self.emit(add, 1);
                }
            }
        }
    }

    pub(super) fn call(&mut self, c: &'a ast::ExprCall) {
        let args: Vec<&Expr> = c.arguments.args.iter().collect();
        let kws: Vec<&ast::Keyword> = c.arguments.keywords.iter().collect();
        // Zero-argument super().
        if let Expr::Name(n) = &*c.func {
            if &*n.id == "super" && args.is_empty() && kws.is_empty() && self.u().kind == ScopeKind::Function && self.binding("super") != Binding::Local {
                let has_class = self.u().freevars.iter().any(|f| f == "__class__");
                let first = self.u().varnames.first().cloned().filter(|_| self.u().argcount > 0 || self.u().flags & CO_VARARGS != 0);
                if let (true, Some(first)) = (has_class, first) {
                    self.load_name("super");
                    let s = self.deref_slot("__class__");
                    self.emit(Op::LoadDeref, s);
                    self.load_name(&first);
                    self.emit(Op::Call, 2);
                    return;
                }
            }
        }
        // Frame introspection built-ins compile to opcodes (the frame is not
        // visible to native code): globals(), locals(), vars(), dir(), and
        // one-argument eval()/exec() get the caller's namespaces.
        if let Expr::Name(n) = &*c.func {
            let name = n.id.as_str();
            let builtin = !self.table.assigned_anywhere(name) && matches!(self.binding(name), Binding::GlobalImplicit | Binding::Name);
            if builtin && kws.is_empty() {
                match (name, args.len()) {
                    ("globals", 0) => return self.emit(Op::LoadGlobals, 0),
                    ("locals", 0) | ("vars", 0) => return self.emit(Op::LoadLocals, 0),
                    ("dir", 0) => return self.emit(Op::DirLocals, 0),
                    ("eval", 1) | ("exec", 1) if !matches!(args[0], Expr::Starred(_)) => {
                        self.load_name(name);
                        self.expr(args[0]);
                        self.emit(Op::LoadGlobals, 0);
                        self.emit(Op::LoadLocals, 0);
                        self.emit(Op::Call, 3);
                        return;
                    }
                    // With explicit namespaces that may be None, the
                    // caller's are passed too (arguments 4 and 5) to fill in.
                    ("eval", 2 | 3) | ("exec", 2 | 3) if !args.iter().any(|a| matches!(a, Expr::Starred(_))) => {
                        self.load_name(name);
                        for a in &args {
                            self.expr(a);
                        }
                        if args.len() == 2 {
                            self.load_const(weft_objects::vm::none());
                        }
                        self.emit(Op::LoadGlobals, 0);
                        self.emit(Op::LoadLocals, 0);
                        self.emit(Op::Call, 5);
                        return;
                    }
                    _ => {}
                }
            }
        }
        let simple = !args.iter().any(|a| matches!(a, Expr::Starred(_))) && !kws.iter().any(|k| k.arg.is_none());
        if simple && kws.is_empty() {
            if let Expr::Attribute(a) = &*c.func {
                self.expr(&a.value);
                let i = self.attr_ix(&a.attr.id);
                self.set_line(c.range());
                self.emit(Op::LoadMethod, i);
                for x in &args {
                    self.expr(x);
                }
                self.set_line(c.range());
                self.emit(Op::CallMethod, args.len() as u32);
                return;
            }
        }
        self.expr(&c.func);
        self.call_args(&args, &kws, 0);
    }

    /// Emit a call with `extra` positional arguments already on the stack
    /// (after the callable).
    pub(super) fn call_args(&mut self, args: &[&'a Expr], kws: &[&'a ast::Keyword], extra: u32) {
        let generic = self.generic_base.take();
        let extra_base = generic.is_some() as u32;
        let simple = !args.iter().any(|a| matches!(a, Expr::Starred(_))) && !kws.iter().any(|k| k.arg.is_none());
        if simple {
            for x in args {
                self.expr(x);
            }
            if let Some(names) = &generic {
                self.generic_of(names);
            }
            let extra = extra + extra_base;
            if kws.is_empty() {
                self.emit(Op::Call, args.len() as u32 + extra);
            } else {
                let mut seen: Vec<&str> = Vec::new();
                for k in kws {
                    let n = k.arg.as_ref().unwrap().id.as_str();
                    if seen.contains(&n) {
                        self.fail(format!("keyword argument repeated: {n}"), k.range);
                        return;
                    }
                    seen.push(n);
                    self.expr(&k.value);
                }
                let names: Vec<PyRef> = kws.iter().map(|k| pystr::new_str(&k.arg.as_ref().unwrap().id)).collect();
                self.load_const(tuple::new_tuple(names));
                self.emit(Op::CallKw, args.len() as u32 + kws.len() as u32 + extra);
            }
            return;
        }
        // General form: build a list of positional args (with the extras
        // already on the stack) and a dict of keywords.
        self.emit(Op::BuildList, extra);
        for a in args {
            match a {
                Expr::Starred(s) => {
                    self.expr(&s.value);
                    self.emit(Op::ListExtend, 1);
                }
                _ => {
                    self.expr(a);
                    self.emit(Op::ListAppend, 1);
                }
            }
        }
        if let Some(names) = &generic {
            self.generic_of(names);
            self.emit(Op::ListAppend, 1);
        }
        self.emit(Op::ListToTuple, 0);
        if kws.is_empty() {
            self.emit(Op::CallEx, 0);
        } else {
            self.emit(Op::BuildMap, 0);
            for k in kws {
                match &k.arg {
                    Some(n) => {
                        self.load_const(pystr::new_str(&n.id));
                        self.expr(&k.value);
                        self.emit(Op::MapAdd, 1);
                    }
                    None => {
                        self.expr(&k.value);
                        self.emit(Op::DictMerge, 1);
                    }
                }
            }
            self.emit(Op::CallEx, 1);
        }
    }

    pub(super) fn comprehension(&mut self, r: TextRange, gens: &'a [ast::Comprehension], kind: CompKind<'a>) {
        let scope = self.table.scope_of(r);
        let name = match kind {
            CompKind::List(_) => "<listcomp>",
            CompKind::Set(_) => "<setcomp>",
            CompKind::Dict(..) => "<dictcomp>",
            CompKind::Gen(_) => "<genexpr>",
        };
        let qualname = self.qualname_for(name);
        let line = self.line_of(r);
        self.enter(scope, name.into(), qualname.clone(), line);
        self.u().argcount = 1;
        match kind {
            CompKind::List(_) => self.emit(Op::BuildList, 0),
            CompKind::Set(_) => self.emit(Op::BuildSet, 0),
            CompKind::Dict(..) => self.emit(Op::BuildMap, 0),
            CompKind::Gen(_) => {}
        }
        self.comp_loop(gens, 0, kind);
        if !matches!(kind, CompKind::Gen(_)) {
            self.emit(Op::ReturnValue, 0);
        }
        let code = self.leave();
        let is_coroutine = code.flags & CO_COROUTINE != 0;
        self.make_closure(code, &qualname, 0);
        self.expr(&gens[0].iter);
        self.emit(if gens[0].is_async { Op::GetAIter } else { Op::GetIter }, 0);
        self.emit(Op::Call, 1);
        if is_coroutine && !matches!(kind, CompKind::Gen(_)) {
            self.emit_await();
        }
    }

    pub(super) fn comp_loop(&mut self, gens: &'a [ast::Comprehension], depth: usize, kind: CompKind<'a>) {
        let g = &gens[depth];
        if depth == 0 {
            self.emit(Op::LoadFast, 0);
        } else {
            self.expr(&g.iter);
            self.emit(if g.is_async { Op::GetAIter } else { Op::GetIter }, 0);
        }
        let top = self.new_label();
        let exit = self.new_label();
        self.bind(top);
        let handler = self.new_label();
        if g.is_async {
            self.jump(Op::SetupFinally, handler);
            self.emit(Op::GetANext, 0);
            self.emit_await();
            self.emit(Op::PopBlock, 0);
        } else {
            self.jump(Op::ForIter, exit);
        }
        self.assign(&g.target);
        for cond in &g.ifs {
            self.jump_if(cond, false, top);
        }
        if depth + 1 < gens.len() {
            self.comp_loop(gens, depth + 1, kind);
        } else {
            let d = depth as u32 + 2;
            match kind {
                CompKind::List(e) => {
                    self.expr(e);
                    self.emit(Op::ListAppend, d);
                }
                CompKind::Set(e) => {
                    self.expr(e);
                    self.emit(Op::SetAdd, d);
                }
                CompKind::Dict(k, v) => {
                    self.expr(k);
                    self.expr(v);
                    self.emit(Op::MapAdd, d);
                }
                CompKind::Gen(e) => {
                    self.expr(e);
                    self.emit_yield();
                    self.emit(Op::PopTop, 0);
                }
            }
        }
        self.jump(Op::Jump, top);
        if g.is_async {
            self.bind(handler);
            self.emit(Op::EndAsyncFor, 0);
        }
        self.bind(exit);
    }

    /// `await` of the awaitable on the stack: `obj -> result`.
    pub(super) fn emit_await(&mut self) {
        self.emit(Op::GetAwaitable, 0);
        self.load_const(weft_objects::vm::none());
        let top = self.new_label();
        let exit = self.new_label();
        self.bind(top);
        self.jump(Op::Send, exit);
        self.emit(Op::YieldValue, 0);
        self.jump(Op::Jump, top);
        self.bind(exit);
    }

    /// `yield` of the value on the stack (wrapped in async generators).
    pub(super) fn emit_yield(&mut self) {
        if self.u().flags & (CO_COROUTINE | CO_GENERATOR) == (CO_COROUTINE | CO_GENERATOR) {
            self.emit(Op::AsyncGenWrap, 0);
        }
        self.emit(Op::YieldValue, 0);
    }
}

#[derive(Clone, Copy)]
pub(super) enum CompKind<'a> {
    List(&'a Expr),
    Set(&'a Expr),
    Dict(&'a Expr, &'a Expr),
    Gen(&'a Expr),
}

pub(super) fn expr_kind_name(e: &Expr) -> &'static str {
    match e {
        Expr::Call(_) => "function call",
        Expr::NumberLiteral(_) | Expr::StringLiteral(_) | Expr::BytesLiteral(_) | Expr::BooleanLiteral(_) | Expr::EllipsisLiteral(_) => "literal",
        Expr::NoneLiteral(_) => "None",
        Expr::BinOp(_) | Expr::UnaryOp(_) | Expr::BoolOp(_) => "expression",
        Expr::Compare(_) => "comparison",
        Expr::Lambda(_) => "lambda",
        Expr::If(_) => "conditional expression",
        Expr::FString(_) => "f-string expression",
        Expr::Dict(_) => "dict literal",
        Expr::Set(_) => "set display",
        Expr::ListComp(_) => "list comprehension",
        Expr::DictComp(_) => "dict comprehension",
        Expr::SetComp(_) => "set comprehension",
        Expr::Generator(_) => "generator expression",
        Expr::Yield(_) | Expr::YieldFrom(_) => "yield expression",
        Expr::Await(_) => "await expression",
        Expr::Named(_) => "named expression",
        _ => "expression",
    }
}

/// Whether evaluating `e` certainly cannot rebind a local of the running
/// frame (no assignment expression, no lambda or comprehension scope, no
/// `yield`/`await` suspension): only then may a subscript read its
/// container local after computing the key.
fn cannot_rebind(e: &Expr) -> bool {
    match e {
        Expr::Name(_) | Expr::NumberLiteral(_) | Expr::StringLiteral(_) | Expr::BooleanLiteral(_) | Expr::NoneLiteral(_) | Expr::BytesLiteral(_) | Expr::EllipsisLiteral(_) => true,
        Expr::BinOp(b) => cannot_rebind(&b.left) && cannot_rebind(&b.right),
        Expr::UnaryOp(u) => cannot_rebind(&u.operand),
        Expr::Attribute(a) => cannot_rebind(&a.value),
        Expr::Subscript(s) => cannot_rebind(&s.value) && cannot_rebind(&s.slice),
        Expr::Compare(c) => cannot_rebind(&c.left) && c.comparators.iter().all(cannot_rebind),
        Expr::BoolOp(b) => b.values.iter().all(cannot_rebind),
        Expr::Tuple(t) => t.elts.iter().all(cannot_rebind),
        Expr::Slice(s) => [&s.lower, &s.upper, &s.step].iter().all(|x| x.as_deref().is_none_or(cannot_rebind)),
        Expr::Call(c) => cannot_rebind(&c.func) && c.arguments.args.iter().all(cannot_rebind) && c.arguments.keywords.iter().all(|k| cannot_rebind(&k.value)),
        _ => false,
    }
}
