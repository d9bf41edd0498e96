//! Scope analysis: which names are local, global, free or cell in every
//! scope (module, class, function, lambda, comprehension), computed before
//! code generation as CPython's symtable does.

use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::{Ranged, TextRange};
use std::collections::{HashMap, HashSet};

/// Kind of scope.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScopeKind {
    /// A module body.
    Module,
    /// A class body.
    Class,
    /// A `def` or `lambda` body.
    Function,
    /// A comprehension or generator expression.
    Comprehension,
}

/// How a name is accessed in a scope.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Binding {
    /// Fast local.
    Local,
    /// Local captured by an inner scope.
    Cell,
    /// From an enclosing function scope.
    Free,
    /// Declared `global`.
    GlobalExplicit,
    /// Not bound anywhere enclosing: globals then builtins.
    GlobalImplicit,
    /// Module or class namespace (dict) access.
    Name,
    /// Class body reading a name free in it: namespace, then the cell.
    ClassFree,
}

const DEF_LOCAL: u8 = 1;
const DEF_PARAM: u8 = 2;
const DEF_GLOBAL: u8 = 4;
const DEF_NONLOCAL: u8 = 8;
const USE: u8 = 16;
const DEF_WALRUS_OUTER: u8 = 32;

/// One scope's analysis.
#[derive(Debug)]
pub struct Scope {
    /// Kind.
    pub kind: ScopeKind,
    /// Names in first-seen order with their flags.
    order: Vec<String>,
    flags: HashMap<String, u8>,
    /// Final bindings.
    pub bindings: HashMap<String, Binding>,
    /// Parameter names in order.
    pub params: Vec<String>,
    /// Child scopes.
    pub children: Vec<usize>,
    /// Contains `yield`.
    pub is_generator: bool,
    /// Is `async def`.
    pub is_coroutine: bool,
    /// Cells in a deterministic order.
    pub cellvars: Vec<String>,
    /// Free variables in a deterministic order.
    pub freevars: Vec<String>,
    /// Class body whose methods need `__class__`.
    pub needs_class_cell: bool,
}

impl Scope {
    fn new(kind: ScopeKind) -> Scope {
        Scope {
            kind,
            order: vec![],
            flags: HashMap::new(),
            bindings: HashMap::new(),
            params: vec![],
            children: vec![],
            is_generator: false,
            is_coroutine: false,
            cellvars: vec![],
            freevars: vec![],
            needs_class_cell: false,
        }
    }
    fn add(&mut self, name: &str, f: u8) {
        if !self.flags.contains_key(name) {
            self.order.push(name.to_string());
        }
        *self.flags.entry(name.to_string()).or_insert(0) |= f;
    }
    /// The binding of `name` (GlobalImplicit when never seen).
    pub fn binding(&self, name: &str) -> Binding {
        self.bindings.get(name).copied().unwrap_or(match self.kind {
            ScopeKind::Module | ScopeKind::Class => Binding::Name,
            _ => Binding::GlobalImplicit,
        })
    }
    /// Local variable names in slot order (parameters first).
    pub fn varnames(&self) -> Vec<String> {
        let mut v = self.params.clone();
        for n in &self.order {
            if matches!(self.bindings.get(n), Some(Binding::Local) | Some(Binding::Cell)) && !v.contains(n) && self.flags.get(n).is_some_and(|f| f & (DEF_LOCAL | DEF_PARAM) != 0) {
                v.push(n.clone());
            }
        }
        v
    }
}

/// A scope-analysis error (raised as SyntaxError).
#[derive(Debug)]
pub struct SymError {
    /// The message.
    pub msg: String,
    /// Where.
    pub range: TextRange,
}

/// The analysis of a whole module.
pub struct SymTable {
    /// All scopes; 0 is the module.
    pub scopes: Vec<Scope>,
    /// Scope of each function/lambda/class/comprehension node, by range.
    pub by_range: HashMap<(u32, u32), usize>,
}

struct Builder {
    /// The enclosing class's name, for private-name mangling.
    private: Option<String>,
    scopes: Vec<Scope>,
    stack: Vec<usize>,
    by_range: HashMap<(u32, u32), usize>,
    error: Option<SymError>,
}

/// CPython's private-name mangling: inside class `C`, an identifier
/// `__spam` (not ending in `__`, not dotted) becomes `_C__spam`, with the
/// class name's leading underscores stripped (no change if nothing is left).
pub fn mangle<'n>(private: Option<&str>, name: &'n str) -> std::borrow::Cow<'n, str> {
    let Some(class) = private else { return name.into() };
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return name.into();
    }
    let class = class.trim_start_matches('_');
    if class.is_empty() {
        return name.into();
    }
    format!("_{class}{name}").into()
}

fn key(r: TextRange) -> (u32, u32) {
    (r.start().to_u32(), r.end().to_u32())
}

impl SymTable {
    /// Analyze a module body.
    pub fn build(body: &[Stmt]) -> Result<SymTable, SymError> {
        let mut b = Builder { private: None, scopes: vec![Scope::new(ScopeKind::Module)], stack: vec![0], by_range: HashMap::new(), error: None };
        for s in body {
            b.stmt(s);
        }
        if let Some(e) = b.error {
            return Err(e);
        }
        let mut t = SymTable { scopes: b.scopes, by_range: b.by_range };
        t.analyze(0, &HashSet::new())?;
        Ok(t)
    }

    /// Whether `name` is bound (assigned, imported, a parameter) anywhere.
    pub fn assigned_anywhere(&self, name: &str) -> bool {
        self.scopes.iter().any(|s| s.flags.get(name).is_some_and(|f| f & (DEF_LOCAL | DEF_PARAM) != 0))
    }

    /// The scope index of a node.
    pub fn scope_of(&self, r: TextRange) -> usize {
        self.by_range[&key(r)]
    }

    fn analyze(&mut self, id: usize, enclosing: &HashSet<String>) -> Result<HashSet<String>, SymError> {
        let kind = self.scopes[id].kind;
        let fnlike = matches!(kind, ScopeKind::Function | ScopeKind::Comprehension);
        let mut free: HashSet<String> = HashSet::new();
        let order = self.scopes[id].order.clone();
        for n in &order {
            let f = self.scopes[id].flags[n];
            let b = if f & DEF_GLOBAL != 0 {
                Binding::GlobalExplicit
            } else if f & DEF_NONLOCAL != 0 {
                if !enclosing.contains(n) {
                    return Err(SymError { msg: format!("no binding for nonlocal '{n}' found"), range: TextRange::default() });
                }
                free.insert(n.clone());
                Binding::Free
            } else if f & DEF_WALRUS_OUTER != 0 {
                if enclosing.contains(n) {
                    free.insert(n.clone());
                    Binding::Free
                } else {
                    Binding::GlobalExplicit
                }
            } else if f & (DEF_LOCAL | DEF_PARAM) != 0 {
                if fnlike {
                    Binding::Local
                } else {
                    Binding::Name
                }
            } else if fnlike {
                if enclosing.contains(n) {
                    free.insert(n.clone());
                    Binding::Free
                } else {
                    Binding::GlobalImplicit
                }
            } else if kind == ScopeKind::Class && enclosing.contains(n) {
                free.insert(n.clone());
                Binding::ClassFree
            } else {
                Binding::Name
            };
            self.scopes[id].bindings.insert(n.clone(), b);
        }
        let mut bound: HashSet<String> = match kind {
            ScopeKind::Module => HashSet::new(),
            ScopeKind::Class => {
                let mut s = enclosing.clone();
                s.insert("__class__".into());
                s
            }
            _ => {
                let mut s = enclosing.clone();
                for (n, b) in &self.scopes[id].bindings {
                    if matches!(b, Binding::Local | Binding::Free) {
                        s.insert(n.clone());
                    }
                }
                s
            }
        };
        if kind != ScopeKind::Module {
            // Globals declared here hide outer bindings from children.
            for (n, b) in &self.scopes[id].bindings {
                if *b == Binding::GlobalExplicit {
                    bound.remove(n);
                }
            }
        }
        let children = self.scopes[id].children.clone();
        for c in children {
            let child_free = self.analyze(c, &bound)?;
            let mut names: Vec<String> = child_free.into_iter().collect();
            names.sort();
            for n in names {
                let sc = &mut self.scopes[id];
                if kind == ScopeKind::Class && n == "__class__" {
                    sc.needs_class_cell = true;
                    continue;
                }
                match sc.bindings.get(&n).copied() {
                    Some(Binding::Local) if fnlike => {
                        sc.bindings.insert(n.clone(), Binding::Cell);
                    }
                    Some(Binding::Cell) => {}
                    Some(Binding::Free) | Some(Binding::ClassFree) => {
                        free.insert(n);
                    }
                    Some(Binding::Name) if kind == ScopeKind::Class => {
                        // A method closes over a name the class body also
                        // assigns: it comes from the enclosing function.
                        free.insert(n.clone());
                        sc.freevars.push(n);
                    }
                    _ => {
                        if kind != ScopeKind::Module {
                            free.insert(n.clone());
                            if !sc.bindings.contains_key(&n) {
                                sc.order.push(n.clone());
                                sc.flags.insert(n.clone(), 0);
                            }
                            sc.bindings.insert(n.clone(), if kind == ScopeKind::Class { Binding::ClassFree } else { Binding::Free });
                        }
                    }
                }
            }
        }
        let sc = &mut self.scopes[id];
        let mut cells: Vec<String> = sc.order.iter().filter(|n| sc.bindings.get(*n) == Some(&Binding::Cell)).cloned().collect();
        if sc.needs_class_cell {
            cells.push("__class__".into());
        }
        sc.cellvars = cells;
        let mut frees: Vec<String> = sc.order.iter().filter(|n| matches!(sc.bindings.get(*n), Some(Binding::Free) | Some(Binding::ClassFree))).cloned().collect();
        for n in std::mem::take(&mut sc.freevars) {
            if !frees.contains(&n) {
                frees.push(n);
            }
        }
        sc.freevars = frees;
        Ok(free)
    }
}

impl Builder {
    fn cur(&mut self) -> &mut Scope {
        let i = *self.stack.last().unwrap();
        &mut self.scopes[i]
    }

    fn push(&mut self, kind: ScopeKind, r: TextRange) -> usize {
        let id = self.scopes.len();
        self.scopes.push(Scope::new(kind));
        let parent = *self.stack.last().unwrap();
        self.scopes[parent].children.push(id);
        self.by_range.insert(key(r), id);
        self.stack.push(id);
        id
    }

    fn mangled(&self, name: &str) -> String {
        mangle(self.private.as_deref(), name).into_owned()
    }

    fn def(&mut self, name: &str) {
        let name = self.mangled(name);
        self.cur().add(&name, DEF_LOCAL);
    }

    fn use_(&mut self, name: &str) {
        let name = self.mangled(name);
        self.cur().add(&name, USE);
    }

    fn params(&mut self, p: &ast::Parameters) {
        let mut names = Vec::new();
        for a in p.posonlyargs.iter().chain(p.args.iter()) {
            names.push(a.parameter.name.id.to_string());
        }
        for a in p.kwonlyargs.iter() {
            names.push(a.parameter.name.id.to_string());
        }
        if let Some(v) = &p.vararg {
            names.insert(p.posonlyargs.len() + p.args.len() + p.kwonlyargs.len(), v.name.id.to_string());
        }
        // CPython's order: positional, keyword-only, *args, **kwargs.
        let mut ordered: Vec<String> = p.posonlyargs.iter().chain(p.args.iter()).map(|a| self.mangled(&a.parameter.name.id)).collect();
        ordered.extend(p.kwonlyargs.iter().map(|a| self.mangled(&a.parameter.name.id)));
        if let Some(v) = &p.vararg {
            ordered.push(self.mangled(&v.name.id));
        }
        if let Some(k) = &p.kwarg {
            ordered.push(self.mangled(&k.name.id));
        }
        for n in &ordered {
            if self.cur().params.contains(n) {
                self.error.get_or_insert(SymError { msg: format!("duplicate argument '{n}' in function definition"), range: p.range });
            }
            self.cur().add(n, DEF_PARAM);
            self.cur().params.push(n.clone());
        }
    }

    fn param_defaults(&mut self, p: &ast::Parameters) {
        for a in p.posonlyargs.iter().chain(p.args.iter()).chain(p.kwonlyargs.iter()) {
            if let Some(d) = &a.default {
                self.expr(d);
            }
        }
    }

    fn param_annotations(&mut self, p: &ast::Parameters) {
        for a in p.posonlyargs.iter().chain(p.args.iter()).chain(p.kwonlyargs.iter()) {
            if let Some(ann) = &a.parameter.annotation {
                self.expr(ann);
            }
        }
        for a in p.vararg.iter().chain(p.kwarg.iter()) {
            if let Some(ann) = &a.annotation {
                self.expr(ann);
            }
        }
    }

    fn body(&mut self, b: &[Stmt]) {
        for s in b {
            self.stmt(s);
        }
    }

    fn stmt(&mut self, s: &Stmt) {
        match s {
            Stmt::FunctionDef(f) => {
                self.type_params(f.type_params.as_deref());
                for d in &f.decorator_list {
                    self.expr(&d.expression);
                }
                self.param_defaults(&f.parameters);
                self.param_annotations(&f.parameters);
                if let Some(r) = &f.returns {
                    self.expr(r);
                }
                self.def(&f.name.id);
                self.push(ScopeKind::Function, f.range);
                self.cur().is_coroutine = f.is_async;
                self.params(&f.parameters);
                self.body(&f.body);
                self.stack.pop();
            }
            Stmt::ClassDef(c) => {
                self.type_params(c.type_params.as_deref());
                for d in &c.decorator_list {
                    self.expr(&d.expression);
                }
                if let Some(a) = &c.arguments {
                    for e in a.args.iter() {
                        self.expr(e);
                    }
                    for k in a.keywords.iter() {
                        self.expr(&k.value);
                    }
                }
                self.def(&c.name.id);
                self.push(ScopeKind::Class, c.range);
                let outer = self.private.replace(c.name.id.to_string());
                self.body(&c.body);
                self.private = outer;
                self.stack.pop();
            }
            Stmt::Return(r) => {
                if let Some(v) = &r.value {
                    self.expr(v);
                }
            }
            Stmt::Delete(d) => d.targets.iter().for_each(|t| self.target(t)),
            Stmt::Assign(a) => {
                self.expr(&a.value);
                a.targets.iter().for_each(|t| self.target(t));
            }
            Stmt::AugAssign(a) => {
                self.expr(&a.value);
                if let Expr::Name(n) = &*a.target {
                    self.use_(&n.id);
                }
                self.target(&a.target);
            }
            Stmt::AnnAssign(a) => {
                if let Some(v) = &a.value {
                    self.expr(v);
                }
                self.expr(&a.annotation);
                if a.value.is_some() || !matches!(&*a.target, Expr::Name(_)) {
                    self.target(&a.target);
                } else if let Expr::Name(n) = &*a.target {
                    // A bare annotation makes the name local in functions.
                    if self.cur().kind == ScopeKind::Function {
                        self.def(&n.id);
                    }
                }
            }
            Stmt::TypeAlias(t) => {
                self.type_params(t.type_params.as_deref());
                self.target(&t.name);
                self.expr(&t.value);
            }
            Stmt::For(f) => {
                self.expr(&f.iter);
                self.target(&f.target);
                self.body(&f.body);
                self.body(&f.orelse);
            }
            Stmt::While(w) => {
                self.expr(&w.test);
                self.body(&w.body);
                self.body(&w.orelse);
            }
            Stmt::If(i) => {
                self.expr(&i.test);
                self.body(&i.body);
                for c in &i.elif_else_clauses {
                    if let Some(t) = &c.test {
                        self.expr(t);
                    }
                    self.body(&c.body);
                }
            }
            Stmt::With(w) => {
                for it in &w.items {
                    self.expr(&it.context_expr);
                    if let Some(v) = &it.optional_vars {
                        self.target(v);
                    }
                }
                self.body(&w.body);
            }
            Stmt::Match(m) => {
                self.expr(&m.subject);
                for c in &m.cases {
                    self.pattern(&c.pattern);
                    if let Some(g) = &c.guard {
                        self.expr(g);
                    }
                    self.body(&c.body);
                }
            }
            Stmt::Raise(r) => {
                if let Some(e) = &r.exc {
                    self.expr(e);
                }
                if let Some(c) = &r.cause {
                    self.expr(c);
                }
            }
            Stmt::Try(t) => {
                self.body(&t.body);
                for h in &t.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    if let Some(ty) = &h.type_ {
                        self.expr(ty);
                    }
                    if let Some(n) = &h.name {
                        self.def(&n.id);
                    }
                    self.body(&h.body);
                }
                self.body(&t.orelse);
                self.body(&t.finalbody);
            }
            Stmt::Assert(a) => {
                self.expr(&a.test);
                if let Some(m) = &a.msg {
                    self.expr(m);
                }
            }
            Stmt::Import(i) => {
                for a in &i.names {
                    let n = match &a.asname {
                        Some(x) => x.id.to_string(),
                        None => a.name.id.split('.').next().unwrap().to_string(),
                    };
                    self.def(&n);
                }
            }
            Stmt::ImportFrom(i) => {
                for a in &i.names {
                    if &*a.name.id == "*" {
                        continue;
                    }
                    let n = a.asname.as_ref().unwrap_or(&a.name).id.to_string();
                    self.def(&n);
                }
            }
            Stmt::Global(g) => {
                for n in &g.names {
                    let m = self.mangled(&n.id);
                    let f = self.cur().flags.get(m.as_str()).copied().unwrap_or(0);
                    if f & (DEF_LOCAL | USE) != 0 && self.cur().kind != ScopeKind::Module {
                        let what = if f & USE != 0 { "used" } else { "assigned to" };
                        self.error.get_or_insert(SymError { msg: format!("name '{}' is {what} before global declaration", n.id), range: g.range });
                    }
                    if f & DEF_PARAM != 0 {
                        self.error.get_or_insert(SymError { msg: format!("name '{}' is parameter and global", n.id), range: g.range });
                    }
                    self.cur().add(&m, DEF_GLOBAL);
                }
            }
            Stmt::Nonlocal(g) => {
                if self.cur().kind == ScopeKind::Module {
                    self.error.get_or_insert(SymError { msg: "nonlocal declaration not allowed at module level".into(), range: g.range });
                }
                for n in &g.names {
                    let m = self.mangled(&n.id);
                    let f = self.cur().flags.get(m.as_str()).copied().unwrap_or(0);
                    if f & (DEF_LOCAL | USE) != 0 {
                        let what = if f & USE != 0 { "used" } else { "assigned to" };
                        self.error.get_or_insert(SymError { msg: format!("name '{}' is {what} before nonlocal declaration", n.id), range: g.range });
                    }
                    if f & DEF_PARAM != 0 {
                        self.error.get_or_insert(SymError { msg: format!("name '{}' is parameter and nonlocal", n.id), range: g.range });
                    }
                    self.cur().add(&m, DEF_NONLOCAL);
                }
            }
            Stmt::Expr(e) => self.expr(&e.value),
            Stmt::Pass(_) | Stmt::Break(_) | Stmt::Continue(_) | Stmt::IpyEscapeCommand(_) => {}
        }
    }

    fn pattern(&mut self, p: &ast::Pattern) {
        use ast::Pattern as P;
        match p {
            P::MatchValue(v) => self.expr(&v.value),
            P::MatchSingleton(_) => {}
            P::MatchSequence(s) => s.patterns.iter().for_each(|x| self.pattern(x)),
            P::MatchMapping(m) => {
                m.keys.iter().for_each(|k| self.expr(k));
                m.patterns.iter().for_each(|x| self.pattern(x));
                if let Some(r) = &m.rest {
                    self.def(&r.id);
                }
            }
            P::MatchClass(c) => {
                self.expr(&c.cls);
                c.arguments.patterns.iter().for_each(|x| self.pattern(x));
                c.arguments.keywords.iter().for_each(|k| self.pattern(&k.pattern));
            }
            P::MatchStar(s) => {
                if let Some(n) = &s.name {
                    self.def(&n.id);
                }
            }
            P::MatchAs(a) => {
                if let Some(p) = &a.pattern {
                    self.pattern(p);
                }
                if let Some(n) = &a.name {
                    self.def(&n.id);
                }
            }
            P::MatchOr(o) => o.patterns.iter().for_each(|x| self.pattern(x)),
        }
    }

    fn target(&mut self, t: &Expr) {
        match t {
            Expr::Name(n) => self.def(&n.id),
            Expr::Tuple(x) => x.elts.iter().for_each(|e| self.target(e)),
            Expr::List(x) => x.elts.iter().for_each(|e| self.target(e)),
            Expr::Starred(s) => self.target(&s.value),
            Expr::Attribute(a) => self.expr(&a.value),
            Expr::Subscript(s) => {
                self.expr(&s.value);
                self.expr(&s.slice);
            }
            other => self.expr(other),
        }
    }

    /// PEP 695 type parameters: bound in the scope that defines the
    /// function, class or alias (their bounds and defaults evaluated there).
    fn type_params(&mut self, tp: Option<&ast::TypeParams>) {
        let Some(tp) = tp else { return };
        for p in &tp.type_params {
            let (name, bound, default) = match p {
                ast::TypeParam::TypeVar(v) => (&v.name.id, v.bound.as_deref(), v.default.as_deref()),
                ast::TypeParam::ParamSpec(v) => (&v.name.id, None, v.default.as_deref()),
                ast::TypeParam::TypeVarTuple(v) => (&v.name.id, None, v.default.as_deref()),
            };
            self.def(name);
            if let Some(b) = bound {
                self.expr(b);
            }
            if let Some(d) = default {
                self.expr(d);
            }
        }
    }

    fn comprehension(&mut self, r: TextRange, gens: &[ast::Comprehension], elts: &[&Expr], is_gen: bool) {
        if let Some(first) = gens.first() {
            self.expr(&first.iter);
        }
        self.push(ScopeKind::Comprehension, r);
        self.cur().is_generator = is_gen;
        if gens.iter().any(|g| g.is_async) {
            self.cur().is_coroutine = true;
        }
        self.cur().add(".0", DEF_PARAM);
        self.cur().params.push(".0".into());
        for (i, g) in gens.iter().enumerate() {
            if i > 0 {
                self.expr(&g.iter);
            }
            self.target(&g.target);
            for c in &g.ifs {
                self.expr(c);
            }
        }
        for e in elts {
            self.expr(e);
        }
        self.stack.pop();
    }

    fn expr(&mut self, e: &Expr) {
        match e {
            Expr::Name(n) => {
                self.use_(&n.id);
                if &*n.id == "super" && self.cur().kind == ScopeKind::Function {
                    self.use_("__class__");
                }
            }
            Expr::BoolOp(b) => b.values.iter().for_each(|v| self.expr(v)),
            Expr::Named(n) => {
                self.expr(&n.value);
                if let Expr::Name(t) = &*n.target {
                    let id = self.mangled(&t.id);
                    if self.cur().kind == ScopeKind::Comprehension {
                        // Binds in the nearest enclosing non-comprehension scope.
                        let mut k = self.stack.len() - 1;
                        while k > 0 && self.scopes[self.stack[k]].kind == ScopeKind::Comprehension {
                            k -= 1;
                        }
                        let outer = self.stack[k];
                        self.scopes[outer].add(&id, DEF_LOCAL);
                        for j in k + 1..self.stack.len() {
                            let s = self.stack[j];
                            self.scopes[s].add(&id, DEF_WALRUS_OUTER);
                        }
                    } else {
                        self.def(&t.id);
                    }
                }
            }
            Expr::BinOp(b) => {
                self.expr(&b.left);
                self.expr(&b.right);
            }
            Expr::UnaryOp(u) => self.expr(&u.operand),
            Expr::Lambda(l) => {
                if let Some(p) = &l.parameters {
                    self.param_defaults(p);
                }
                self.push(ScopeKind::Function, l.range);
                if let Some(p) = &l.parameters {
                    self.params(p);
                }
                self.expr(&l.body);
                self.stack.pop();
            }
            Expr::If(i) => {
                self.expr(&i.test);
                self.expr(&i.body);
                self.expr(&i.orelse);
            }
            Expr::Dict(d) => {
                for it in &d.items {
                    if let Some(k) = &it.key {
                        self.expr(k);
                    }
                    self.expr(&it.value);
                }
            }
            Expr::Set(s) => s.elts.iter().for_each(|x| self.expr(x)),
            Expr::ListComp(c) => self.comprehension(c.range, &c.generators, &[&c.elt], false),
            Expr::SetComp(c) => self.comprehension(c.range, &c.generators, &[&c.elt], false),
            Expr::Generator(c) => self.comprehension(c.range, &c.generators, &[&c.elt], true),
            Expr::DictComp(c) => {
                let mut v: Vec<&Expr> = vec![];
                if let Some(k) = &c.key {
                    v.push(k);
                }
                v.push(&c.value);
                self.comprehension(c.range, &c.generators, &v, false)
            }
            Expr::Await(a) => {
                if self.cur().kind == ScopeKind::Comprehension {
                    self.cur().is_coroutine = true;
                }
                self.expr(&a.value);
            }
            Expr::Yield(y) => {
                self.cur().is_generator = true;
                if let Some(v) = &y.value {
                    self.expr(v);
                }
            }
            Expr::YieldFrom(y) => {
                self.cur().is_generator = true;
                self.expr(&y.value);
            }
            Expr::Compare(c) => {
                self.expr(&c.left);
                c.comparators.iter().for_each(|x| self.expr(x));
            }
            Expr::Call(c) => {
                self.expr(&c.func);
                c.arguments.args.iter().for_each(|x| self.expr(x));
                c.arguments.keywords.iter().for_each(|k| self.expr(&k.value));
            }
            Expr::FString(f) => {
                for part in f.value.as_slice() {
                    if let ast::FStringPart::FString(fs) = part {
                        self.fstring_elements(&fs.elements);
                    }
                }
            }
            Expr::TString(_) => {}
            Expr::StringLiteral(_) | Expr::BytesLiteral(_) | Expr::NumberLiteral(_) | Expr::BooleanLiteral(_) | Expr::NoneLiteral(_) | Expr::EllipsisLiteral(_) => {}
            Expr::Attribute(a) => self.expr(&a.value),
            Expr::Subscript(s) => {
                self.expr(&s.value);
                self.expr(&s.slice);
            }
            Expr::Starred(s) => self.expr(&s.value),
            Expr::List(l) => l.elts.iter().for_each(|x| self.expr(x)),
            Expr::Tuple(t) => t.elts.iter().for_each(|x| self.expr(x)),
            Expr::Slice(s) => {
                for x in [&s.lower, &s.upper, &s.step].into_iter().flatten() {
                    self.expr(x);
                }
            }
            Expr::IpyEscapeCommand(_) => {}
        }
        let _ = e.range();
    }

    fn fstring_elements(&mut self, els: &ast::InterpolatedStringElements) {
        for el in els.iter() {
            if let ast::InterpolatedStringElement::Interpolation(i) = el {
                self.expr(&i.expression);
                if let Some(spec) = &i.format_spec {
                    self.fstring_elements(&spec.elements);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table(src: &str) -> SymTable {
        let body: Vec<Stmt> = ruff_python_parser::parse_module(src).unwrap().into_syntax().body.into_iter().collect();
        SymTable::build(&body).unwrap()
    }

    #[test]
    fn closures_make_cells_and_free_variables() {
        let t = table("def outer():\n    x = 1\n    def inner():\n        return x + y\n    return inner\n");
        let outer = &t.scopes[t.scopes[0].children[0]];
        let inner = &t.scopes[outer.children[0]];
        assert_eq!(outer.binding("x"), Binding::Cell);
        assert_eq!(inner.binding("x"), Binding::Free);
        assert_eq!(inner.binding("y"), Binding::GlobalImplicit);
        assert_eq!(outer.cellvars, vec!["x".to_string()]);
        assert_eq!(inner.freevars, vec!["x".to_string()]);
    }

    #[test]
    fn global_and_nonlocal_declarations() {
        let t = table("g = 0\ndef f():\n    global g\n    g = 1\n    def h():\n        nonlocal_target = 1\n    return h\n");
        let f = &t.scopes[t.scopes[0].children[0]];
        assert_eq!(f.binding("g"), Binding::GlobalExplicit);
        let bad: Vec<Stmt> = ruff_python_parser::parse_module("def f():\n    nonlocal q\n").unwrap().into_syntax().body.into_iter().collect();
        let e = SymTable::build(&bad).err().expect("nonlocal without binding is an error");
        assert_eq!(e.msg, "no binding for nonlocal 'q' found");
    }

    #[test]
    fn methods_using_super_get_a_class_cell() {
        let t = table("class A:\n    def m(self):\n        return super().m()\n");
        let cls = &t.scopes[t.scopes[0].children[0]];
        assert!(cls.needs_class_cell);
        let m = &t.scopes[cls.children[0]];
        assert_eq!(m.binding("__class__"), Binding::Free);
    }
}
