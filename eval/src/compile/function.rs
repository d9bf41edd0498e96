//! Compiling `def`, `lambda` and `class`: defaults, closures, qualified
//! names, class bodies.

#[allow(unused_imports)]
use super::*;

impl<'a> Compiler<'a> {
    // ------------------------------------------------------------ functions and classes

    pub(super) fn qualname_for(&self, name: &str) -> String {
        let u = self.units.last().unwrap();
        match u.kind {
            ScopeKind::Module => name.to_string(),
            ScopeKind::Class => format!("{}.{}", u.qualname, name),
            _ => format!("{}.<locals>.{}", u.qualname, name),
        }
    }

    /// Push defaults/kwdefaults/annotations; returns MAKE_FUNCTION flags.
    pub(super) fn function_prelude(&mut self, p: Option<&'a ast::Parameters>, returns: Option<&'a Expr>) -> u32 {
        let mut flags = 0;
        let Some(p) = p else { return 0 };
        let defaults: Vec<&Expr> = p.posonlyargs.iter().chain(p.args.iter()).filter_map(|a| a.default.as_deref()).collect();
        if !defaults.is_empty() {
            for d in &defaults {
                self.expr(d);
            }
            self.emit(Op::BuildTuple, defaults.len() as u32);
            flags |= 1;
        }
        let kwd: Vec<(&str, &Expr)> = p.kwonlyargs.iter().filter_map(|a| a.default.as_deref().map(|d| (a.parameter.name.id.as_str(), d))).collect();
        if !kwd.is_empty() {
            for (n, d) in &kwd {
                let n = self.mangle(n).into_owned();
                self.load_const(pystr::new_string(n));
                self.expr(d);
            }
            self.emit(Op::BuildMap, kwd.len() as u32);
            flags |= 2;
        }
        // __annotations__: parameters in order, then 'return'.
        let mut anns: Vec<(&str, &'a Expr)> = Vec::new();
        for a in p.posonlyargs.iter().chain(p.args.iter()) {
            if let Some(e) = a.parameter.annotation.as_deref() {
                anns.push((a.parameter.name.id.as_str(), e));
            }
        }
        if let Some(e) = p.vararg.as_deref().and_then(|v| v.annotation.as_deref()) {
            anns.push((p.vararg.as_deref().unwrap().name.id.as_str(), e));
        }
        for a in &p.kwonlyargs {
            if let Some(e) = a.parameter.annotation.as_deref() {
                anns.push((a.parameter.name.id.as_str(), e));
            }
        }
        if let Some(e) = p.kwarg.as_deref().and_then(|v| v.annotation.as_deref()) {
            anns.push((p.kwarg.as_deref().unwrap().name.id.as_str(), e));
        }
        if let Some(e) = returns {
            anns.push(("return", e));
        }
        if !anns.is_empty() {
            for (n, e) in &anns {
                let n = self.mangle(n).into_owned();
                self.load_const(pystr::new_string(n));
                self.annotation_value(e);
            }
            self.emit(Op::BuildMap, anns.len() as u32);
            flags |= 4;
        }
        flags
    }

    /// Evaluate an annotation; a name that is not defined yet (a forward
    /// reference, which Python 3.14 evaluates lazily) leaves its source text.
    pub(super) fn annotation_value(&mut self, e: &'a Expr) {
        let h = self.new_label();
        let done = self.new_label();
        self.jump(Op::SetupFinally, h);
        self.expr(e);
        self.emit(Op::PopBlock, 0);
        self.jump(Op::Jump, done);
        self.bind(h);
        self.emit(Op::PopTop, 0);
        self.emit(Op::PopExcept, 0);
        let text = &self.source[e.range().start().to_usize()..e.range().end().to_usize()];
        self.load_const(pystr::new_str(text));
        self.bind(done);
    }

    pub(super) fn setup_params(&mut self, p: Option<&ast::Parameters>) {
        let Some(p) = p else { return };
        let u = self.u();
        u.posonly = p.posonlyargs.len() as u32;
        u.argcount = (p.posonlyargs.len() + p.args.len()) as u32;
        u.kwonly = p.kwonlyargs.len() as u32;
        if p.vararg.is_some() {
            u.flags |= CO_VARARGS;
        }
        if p.kwarg.is_some() {
            u.flags |= CO_VARKEYWORDS;
        }
    }

    pub(super) fn make_closure(&mut self, code: Arc<CodeObject>, qualname: &str, mut flags: u32) {
        if !code.freevars.is_empty() {
            let frees: Vec<String> = code.freevars.iter().map(|f| pystr::as_str(f).unwrap().to_string()).collect();
            for f in &frees {
                let s = if self.u().kind == ScopeKind::Class && f == "__class__" { self.deref_slot("__class__") } else { self.deref_slot(f) };
                self.emit(Op::LoadClosure, s);
            }
            self.emit(Op::BuildTuple, frees.len() as u32);
            flags |= 8;
        }
        let c = PyRef::new(&weft_objects::types::types().code, weft_objects::Payload::Code(code.into()));
        self.load_const(c);
        self.load_const(pystr::new_str(qualname));
        self.emit(Op::MakeFunction, flags);
    }

    /// `typing.<name>` on the stack, without binding `typing`.
    pub(super) fn load_typing(&mut self, name: &str) {
        self.load_const(int::new_int(0));
        self.load_const(tuple::new_tuple(vec![pystr::new_str(name)]));
        let m = self.name_ix("typing");
        self.emit(Op::ImportName, m);
        let a = self.name_ix(name);
        self.emit(Op::ImportFrom, a);
        self.emit(Op::Swap, 2);
        self.emit(Op::PopTop, 0);
    }

    /// Bind each PEP 695 type parameter to a new TypeVar, ParamSpec or
    /// TypeVarTuple in the current scope; their names.
    pub(super) fn bind_type_params(&mut self, tp: Option<&'a ast::TypeParams>) -> Vec<String> {
        let Some(tp) = tp else { return vec![] };
        let mut names = Vec::new();
        for p in &tp.type_params {
            self.load_typing("_type_param");
            let (kind, name, bound, default) = match p {
                ast::TypeParam::TypeVar(v) => (0, v.name.id.as_str(), v.bound.as_deref(), v.default.as_deref()),
                ast::TypeParam::ParamSpec(v) => (1, v.name.id.as_str(), None, v.default.as_deref()),
                ast::TypeParam::TypeVarTuple(v) => (2, v.name.id.as_str(), None, v.default.as_deref()),
            };
            self.load_const(int::new_int(kind));
            self.load_const(pystr::new_str(name));
            match bound {
                // `T: (int, str)` gives constraints, `T: int` a bound.
                Some(Expr::Tuple(t)) => {
                    self.load_const(weft_objects::vm::none());
                    for e in &t.elts {
                        self.annotation_value(e);
                    }
                    self.emit(Op::BuildTuple, t.elts.len() as u32);
                }
                Some(b) => {
                    self.annotation_value(b);
                    self.load_const(tuple::new_tuple(vec![]));
                }
                None => {
                    self.load_const(weft_objects::vm::none());
                    self.load_const(tuple::new_tuple(vec![]));
                }
            }
            match default {
                Some(d) => self.annotation_value(d),
                None => self.load_typing("NoDefault"),
            }
            self.emit(Op::Call, 5);
            self.store_name(name);
            names.push(name.to_string());
        }
        names
    }

    /// `obj.__type_params__ = (T, ...)` for the object on the stack.
    pub(super) fn set_type_params(&mut self, names: &[String]) {
        if names.is_empty() {
            return;
        }
        for n in names {
            self.load_name(n);
        }
        self.emit(Op::BuildTuple, names.len() as u32);
        self.emit(Op::Copy, 2);
        let i = self.name_ix("__type_params__");
        self.emit(Op::StoreAttr, i);
    }

    /// `typing.Generic[T, ...]` on the stack.
    pub(super) fn generic_of(&mut self, names: &[String]) {
        self.load_typing("Generic");
        for n in names {
            self.load_name(n);
        }
        self.emit(Op::BuildTuple, names.len() as u32);
        self.emit(Op::BinarySubscr, 0);
    }

    pub(super) fn function_def(&mut self, f: &'a ast::StmtFunctionDef) {
        let type_params = self.bind_type_params(f.type_params.as_deref());
        for d in &f.decorator_list {
            self.expr(&d.expression);
        }
        let flags = self.function_prelude(Some(&f.parameters), f.returns.as_deref());
        let qualname = self.qualname_for(&f.name.id);
        let scope = self.table.scope_of(f.range);
        let line = self.line_of(f.range);
        let line = if f.decorator_list.is_empty() { line } else { self.line_of(f.decorator_list[0].range) };
        self.enter(scope, f.name.id.to_string(), qualname.clone(), line);
        self.setup_params(Some(&f.parameters));
        if let Some(d) = Self::docstring(&f.body) {
            self.u().consts.push(pystr::new_string(d));
            self.u().flags |= CO_HAS_DOC;
        }
        self.stmts(&f.body);
        let code = self.leave();
        self.set_line(f.range);
        self.make_closure(code, &qualname, flags);
        self.set_type_params(&type_params);
        for _ in &f.decorator_list {
            self.emit(Op::Call, 1);
        }
        self.store_name(&f.name.id);
    }

    pub(super) fn lambda(&mut self, l: &'a ast::ExprLambda) {
        let flags = self.function_prelude(l.parameters.as_deref(), None);
        let qualname = self.qualname_for("<lambda>");
        let scope = self.table.scope_of(l.range);
        let line = self.line_of(l.range);
        self.enter(scope, "<lambda>".into(), qualname.clone(), line);
        self.setup_params(l.parameters.as_deref());
        self.expr(&l.body);
        self.emit(Op::ReturnValue, 0);
        let code = self.leave();
        self.make_closure(code, &qualname, flags);
    }

    pub(super) fn class_def(&mut self, c: &'a ast::StmtClassDef) {
        let type_params = self.bind_type_params(c.type_params.as_deref());
        for d in &c.decorator_list {
            self.expr(&d.expression);
        }
        self.emit(Op::LoadBuildClass, 0);
        let qualname = self.qualname_for(&c.name.id);
        let scope = self.table.scope_of(c.range);
        let line = if c.decorator_list.is_empty() { self.line_of(c.range) } else { self.line_of(c.decorator_list[0].range) };
        self.enter(scope, c.name.id.to_string(), qualname.clone(), line);
        let i = self.name_ix("__name__");
        self.emit(Op::LoadName, i);
        let i = self.name_ix("__module__");
        self.emit(Op::StoreName, i);
        self.load_const(pystr::new_str(&qualname));
        let i = self.name_ix("__qualname__");
        self.emit(Op::StoreName, i);
        self.load_const(weft_objects::int::new_int(line as i64));
        let i = self.name_ix("__firstlineno__");
        self.emit(Op::StoreName, i);
        self.namespace_body(&c.body);
        let attrs: Vec<weft_objects::PyRef> = self.u().static_attributes.iter().map(|a| pystr::new_str(a)).collect();
        self.load_const(weft_objects::tuple::new_tuple(attrs));
        let i = self.name_ix("__static_attributes__");
        self.emit(Op::StoreName, i);
        if self.table.scopes[scope].needs_class_cell {
            let s = self.deref_slot("__class__");
            self.emit(Op::LoadClosure, s);
            let i = self.name_ix("__classcell__");
            self.emit(Op::StoreName, i);
        }
        self.load_const(weft_objects::vm::none());
        self.emit(Op::ReturnValue, 0);
        let code = self.leave();
        self.set_line(c.range());
        self.make_closure(code, &qualname, 0);
        self.load_const(pystr::new_str(&c.name.id));
        let (args, kws): (Vec<&Expr>, Vec<&ast::Keyword>) = match &c.arguments {
            Some(a) => (a.args.iter().collect(), a.keywords.iter().collect()),
            None => (vec![], vec![]),
        };
        if !type_params.is_empty() {
            self.generic_base = Some(type_params.clone());
        }
        self.call_args(&args, &kws, 2);
        self.set_type_params(&type_params);
        for _ in &c.decorator_list {
            self.emit(Op::Call, 1);
        }
        self.store_name(&c.name.id);
    }
}
