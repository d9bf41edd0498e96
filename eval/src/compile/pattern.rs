//! Compiling `match` statements: each pattern becomes a constant spec plus
//! the values to evaluate at match time (see `crate::matching`), and the
//! names its captures bind, in order.

#[allow(unused_imports)]
use super::*;

/// Build a spec tuple from its parts.
fn spec(parts: Vec<PyRef>) -> PyRef {
    tuple::new_tuple(parts)
}

fn s(t: &str) -> PyRef {
    pystr::new_str(t)
}

impl<'a> Compiler<'a> {
    /// The spec of `pat`, collecting value expressions and capture names.
    pub(super) fn pattern_spec(&mut self, pat: &'a ast::Pattern, values: &mut Vec<&'a Expr>, names: &mut Vec<String>) -> PyRef {
        use ast::Pattern as P;
        match pat {
            P::MatchValue(v) => {
                values.push(&v.value);
                spec(vec![s("v"), int::new_int(values.len() as i64 - 1)])
            }
            P::MatchSingleton(v) => {
                let c = match v.value {
                    ast::Singleton::None => weft_objects::vm::none(),
                    ast::Singleton::True => weft_objects::vm::bool_obj(true),
                    ast::Singleton::False => weft_objects::vm::bool_obj(false),
                };
                spec(vec![s("s"), c])
            }
            P::MatchAs(a) => match (&a.pattern, &a.name) {
                (None, None) => spec(vec![s("_")]),
                (None, Some(n)) => {
                    names.push(n.id.to_string());
                    spec(vec![s("c")])
                }
                (Some(p), n) => {
                    let inner = self.pattern_spec(p, values, names);
                    match n {
                        Some(n) => {
                            names.push(n.id.to_string());
                            spec(vec![s("as"), inner])
                        }
                        None => inner,
                    }
                }
            },
            P::MatchStar(st) => {
                if let Some(n) = &st.name {
                    names.push(n.id.to_string());
                }
                spec(vec![s("*"), weft_objects::vm::bool_obj(st.name.is_some())])
            }
            P::MatchSequence(seq) => {
                let star = seq.patterns.iter().position(|p| matches!(p, P::MatchStar(_))).map(|i| i as i64).unwrap_or(-1);
                let subs: Vec<PyRef> = seq.patterns.iter().map(|p| self.pattern_spec(p, values, names)).collect();
                spec(vec![s("seq"), tuple::new_tuple(subs), int::new_int(star)])
            }
            P::MatchMapping(m) => {
                let mut key_ix = Vec::new();
                for k in m.keys.iter() {
                    values.push(k);
                    key_ix.push(int::new_int(values.len() as i64 - 1));
                }
                let subs: Vec<PyRef> = m.patterns.iter().map(|p| self.pattern_spec(p, values, names)).collect();
                if let Some(r) = &m.rest {
                    names.push(r.id.to_string());
                }
                spec(vec![s("map"), tuple::new_tuple(key_ix), tuple::new_tuple(subs), weft_objects::vm::bool_obj(m.rest.is_some())])
            }
            P::MatchClass(c) => {
                values.push(&c.cls);
                let cls_ix = int::new_int(values.len() as i64 - 1);
                let pos: Vec<PyRef> = c.arguments.patterns.iter().map(|p| self.pattern_spec(p, values, names)).collect();
                let kw_names: Vec<PyRef> = c.arguments.keywords.iter().map(|k| pystr::new_str(&k.attr.id)).collect();
                let kw: Vec<PyRef> = c.arguments.keywords.iter().map(|k| self.pattern_spec(&k.pattern, values, names)).collect();
                spec(vec![s("cls"), cls_ix, tuple::new_tuple(pos), tuple::new_tuple(kw_names), tuple::new_tuple(kw)])
            }
            P::MatchOr(o) => {
                let mut alts = Vec::new();
                let mut first_names: Option<Vec<String>> = None;
                for alt in &o.patterns {
                    let mut alt_names = Vec::new();
                    let sp = self.pattern_spec(alt, values, &mut alt_names);
                    let perm: Vec<PyRef> = match &first_names {
                        None => {
                            first_names = Some(alt_names.clone());
                            (0..alt_names.len()).map(|i| int::new_int(i as i64)).collect()
                        }
                        Some(f) => {
                            let mut sorted_a = alt_names.clone();
                            let mut sorted_f = f.clone();
                            sorted_a.sort();
                            sorted_f.sort();
                            if sorted_a != sorted_f {
                                self.fail("alternative patterns bind different names", o.range);
                            }
                            alt_names.iter().map(|n| int::new_int(f.iter().position(|x| x == n).unwrap_or(0) as i64)).collect()
                        }
                    };
                    alts.push(tuple::new_tuple(vec![sp, tuple::new_tuple(perm)]));
                }
                names.extend(first_names.unwrap_or_default());
                spec(vec![s("or"), tuple::new_tuple(alts)])
            }
        }
    }

    /// `match subject: case ...`.
    pub(super) fn match_stmt(&mut self, m: &'a ast::StmtMatch) {
        self.expr(&m.subject);
        let end = self.new_label();
        for case in &m.cases {
            self.set_line(case.range);
            let next = self.new_label();
            let fail = self.new_label();
            let mut values = Vec::new();
            let mut names = Vec::new();
            let sp = self.pattern_spec(&case.pattern, &mut values, &mut names);
            self.emit(Op::Copy, 1);
            for v in &values {
                self.expr(v);
            }
            self.emit(Op::BuildTuple, values.len() as u32);
            self.load_const(sp);
            self.emit(Op::MatchPattern, 0);
            self.emit(Op::Copy, 1);
            self.load_const(weft_objects::vm::none());
            self.emit(Op::IsOp, 0);
            self.jump(Op::PopJumpIfTrue, fail);
            self.emit(Op::UnpackSequence, names.len() as u32);
            for n in &names {
                self.store_name(n);
            }
            if let Some(g) = &case.guard {
                self.jump_if(g, false, next);
            }
            self.emit(Op::PopTop, 0);
            self.stmts(&case.body);
            self.jump(Op::Jump, end);
            self.bind(fail);
            self.emit(Op::PopTop, 0);
            self.bind(next);
        }
        self.emit(Op::PopTop, 0);
        self.bind(end);
    }
}
